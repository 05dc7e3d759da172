// A real PostgreSQL for the room tests and the load benchmark: with TEST_DATABASE_URL set (a
// server someone started), a fresh database on it; otherwise a throwaway cluster of Debian's PostgreSQL (initdb into a
// temporary folder, started on a free port on 127.0.0.1, as the postgres user when we are
// root), stopped and removed afterwards. Missing PostgreSQL is a failure with the fix, not a skip.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './room-process';

export interface Postgres {
  /** A database of its own for the caller, empty. */
  url: string;
  /** The process that started the cluster (its descendants are the server), when we started it. */
  pid?: number;
  stop(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, 'bin')).find((d) => existsSync(join(d, 'initdb')));
  if (!found)
    throw new Error(
      'PostgreSQL is not installed: apt-get install -y postgresql (the room tests run against it)',
    );
  return found;
}

/** Runs a PostgreSQL program, as the postgres user when this process is root (it refuses root). */
function asPostgres(program: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [program, args];
  return ['runuser', ['-u', 'postgres', '--', program, ...args]];
}

async function connectable(url: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.end();
      return;
    } catch (e) {
      await c.end().catch(() => undefined);
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function freshDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lb_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startPostgres(): Promise<Postgres> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    const db = await freshDatabase(given);
    return { url: db.url, stop: () => db.drop().catch(() => undefined) };
  }
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'lb-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  execFileSync(
    ...asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'lb', '-A', 'trust', '-E', 'UTF8', '--no-sync']),
    {
      stdio: 'ignore',
    },
  );
  const port = await freePort();
  // fsync off: these tests kill room servers, never the database, so durability of the
  // database itself against power loss is not what they measure.
  const [cmd, args] = asPostgres(join(bin, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
  ]);
  const proc = spawn(cmd, args, { stdio: 'ignore' });
  const adminUrl = `postgresql://lb@127.0.0.1:${port}/postgres`;
  await connectable(adminUrl);
  const db = await freshDatabase(adminUrl);
  return {
    url: db.url,
    pid: proc.pid,
    async stop() {
      execFileSync(...asPostgres(join(bin, 'pg_ctl'), ['-D', data, 'stop', '-m', 'immediate']), {
        stdio: 'ignore',
      });
      await new Promise<void>((r) => (proc.exitCode !== null ? r() : proc.once('exit', () => r())));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
