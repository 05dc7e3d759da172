// `npm run room`: the room server's command line. Options: --port (8787), --host (127.0.0.1;
// 0.0.0.0 for a venue's network), --db (rooms.sqlite), --dist (dist). With DATABASE_URL set,
// the rooms live in that PostgreSQL database instead, shared with any other process on it.
// Prints one line with the address when it listens; a wrong option is one line and exit 2.
import { resolve } from 'node:path';
import { buildServer } from './app';
import { pgBus } from './bus';
import { pgStorage } from './pg-storage';
import { sqliteStorage } from './sqlite-storage';

interface Options {
  port: number;
  host: string;
  db: string;
  dist: string;
}

const USAGE = 'usage: npm run room -- [--port 8787] [--host 127.0.0.1] [--db rooms.sqlite] [--dist dist]';

function parse(argv: string[]): Options | string {
  const o: Options = { port: 8787, host: '127.0.0.1', db: 'rooms.sqlite', dist: 'dist' };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    const value = argv[i + 1];
    if (value === undefined) return `missing value for ${name}`;
    if (name === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        return `--port must be 0–65535, not "${value}"`;
      o.port = port;
    } else if (name === '--host') o.host = value;
    else if (name === '--db') o.db = value;
    else if (name === '--dist') o.dist = value;
    else return `unknown option ${name}`;
  }
  return o;
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  if (typeof o === 'string') {
    console.error(`error: ${o}\n${USAGE}`);
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  const server = await buildServer({
    storage: url ? pgStorage(url) : sqliteStorage(resolve(o.db)),
    bus: url ? await pgBus(url, (m) => console.error(m)) : undefined,
    dist: resolve(o.dist),
    log: true,
  });
  const address = await server.app.listen({ port: o.port, host: o.host });
  const l = server.loaded;
  console.log(
    `room server listening on ${address} (db ${url ? 'PostgreSQL' : o.db}: ${l.rooms} rooms, ${l.participants} participants, ${l.commands} commands)`,
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(`error: the room server could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
