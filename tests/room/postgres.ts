// The room tests' PostgreSQL: the same throwaway cluster (or TEST_DATABASE_URL) the load
// benchmark uses, from src/cli/postgres-process.ts.
export { type Postgres, startPostgres } from '../../src/cli/postgres-process';
