// Starting the room server as its own process, as `npm run room:serve` does (on SQLite or
// PostgreSQL), for the room
// tests and the load benchmark: on a free port, resolved when it says it listens; and killing
// it with SIGKILL, as a crash would.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface Running {
  url: string;
  port: number;
  proc: ChildProcess;
  /** Everything the process printed. */
  output: () => string;
}

/** A port free right now on 127.0.0.1 (so a restarted server can take the same one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts the room server and resolves when it says it is listening: on the SQLite file `db`,
 * or, when `databaseUrl` is given, on that PostgreSQL database (as DATABASE_URL).
 */
export function startServer(db: string, port: number, dist = 'dist', databaseUrl?: string): Promise<Running> {
  const env = { ...process.env };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  // One process (node with tsx's loader), so SIGKILL kills the server itself, not a wrapper.
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--db', db, '--dist', dist],
    { stdio: ['ignore', 'pipe', 'pipe'], env },
  );
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], port, proc, output: () => out });
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (c: Buffer) => {
      out += c.toString();
    });
    proc.once('exit', (code) => reject(new Error(`room server exited (${code}) before listening:\n${out}`)));
  });
}

/** Kills the server at once, as a crash would (no chance to flush or close anything). */
export function killHard(r: Running): Promise<void> {
  return new Promise((resolve) => {
    if (r.proc.exitCode !== null || r.proc.signalCode !== null) return resolve();
    r.proc.once('exit', () => resolve());
    r.proc.kill('SIGKILL');
  });
}
