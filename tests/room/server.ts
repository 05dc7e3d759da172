// Test helpers for the room server: start the real server as its own process (the same
// command `npm run room:serve` runs) on a SQLite file, talk to it over HTTP and WebSocket, and
// kill it with SIGKILL. Nothing here is a stand-in: the process, the database and the sockets are real.
import WebSocket from 'ws';
import type { LiveMessage } from '../../src/room/protocol';

export { freePort, killHard, type Running, startServer } from '../../src/cli/room-process';

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
