// Test helpers for the room server: start the real server as its own process (the same
// command `npm run room:serve` runs) on a SQLite file, talk to it over HTTP and WebSocket, and
// kill it with SIGKILL. Nothing here is a stand-in: the process, the database and the sockets are real.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import WebSocket from 'ws';
import type { LiveMessage } from '../../src/room/protocol';

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

/** Starts the room server and resolves when it says it is listening. */
export function startServer(db: string, port: number, dist = 'dist'): Promise<Running> {
  // One process (node with tsx's loader), so SIGKILL kills the server itself, not a wrapper.
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--db', db, '--dist', dist],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
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

export interface Answer<T = unknown> {
  status: number;
  body: T;
}

export async function call<T = unknown>(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** A live socket that keeps every message, with a wait for the first one that matches. */
export class LiveClient {
  readonly messages: LiveMessage[] = [];
  readonly ws: WebSocket;
  closed: { code: number; reason: string } | null = null;
  private waiters: { test: (m: LiveMessage) => boolean; resolve: (m: LiveMessage) => void }[] = [];

  constructor(url: string) {
    this.ws = new WebSocket(url);
    this.ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as LiveMessage;
      this.messages.push(msg);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(msg)) return true;
        w.resolve(msg);
        return false;
      });
    });
    this.ws.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
    });
  }

  /** Resolves with the first message (seen or still to come) that passes the test. */
  next(test: (m: LiveMessage) => boolean): Promise<LiveMessage> {
    const seen = this.messages.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  whenClosed(): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve) =>
      this.ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
  }

  close(): void {
    this.ws.close();
  }
}
