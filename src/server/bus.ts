// What room-server processes tell each other when they share one database: a participant's
// new commands, a join, a room's pacing, who is connected where. With SQLite there is one
// process and nobody to tell; with PostgreSQL it is LISTEN/NOTIFY on one channel, so a trainer
// connected to one process sees live what participants on another do.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export type RoomEvent =
  /** Commands of a participant were stored; `seq` is how many it has now. */
  | { t: 'seat'; room: string; participant: number; seq: number }
  | { t: 'joined'; room: string; participant: number }
  /** The room's pacing or end changed. */
  | { t: 'room'; room: string }
  /** How many live sockets a participant has on the sending process. */
  | { t: 'presence'; room: string; participant: number; sockets: number }
  /** The sending process is alive, and these participants of the room are connected to it. */
  | { t: 'beat'; room: string; connected: number[] };

export interface RoomBus {
  /** This process, as other processes know it. */
  readonly id: string;
  /** Whether other processes can be listening at all (a shared database). */
  readonly shared: boolean;
  publish(e: RoomEvent): void;
  /** Events from the other processes (never this process's own). */
  subscribe(fn: (e: RoomEvent, from: string) => void): void;
  close(): Promise<void>;
}

const CHANNEL = 'listening_booth_rooms';

/** One process alone: nothing to send, nothing to hear. */
export function localBus(): RoomBus {
  return {
    id: 'local',
    shared: false,
    publish: () => undefined,
    subscribe: () => undefined,
    close: async () => undefined,
  };
}

/** LISTEN/NOTIFY on its own connection; it reconnects when the database comes back. */
export async function pgBus(url: string, log: (m: string) => void = () => undefined): Promise<RoomBus> {
  const id = randomBytes(6).toString('hex');
  const handlers: ((e: RoomEvent, from: string) => void)[] = [];
  const sender = new pg.Pool({ connectionString: url, max: 2 });
  sender.on('error', () => undefined);
  let listener: pg.Client | null = null;
  let closed = false;

  const listen = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (n) => {
      if (!n.payload) return;
      let msg: { from?: string; e?: RoomEvent };
      try {
        msg = JSON.parse(n.payload) as { from?: string; e?: RoomEvent };
      } catch {
        return;
      }
      if (!msg.e || !msg.from || msg.from === id) return;
      for (const h of handlers) h(msg.e, msg.from);
    });
    client.on('error', () => {
      if (listener === client) listener = null;
      client.end().catch(() => undefined);
      if (!closed) setTimeout(() => void listen().catch(retry), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  };
  const retry = (e: unknown) => {
    log(`room events: ${e instanceof Error ? e.message : String(e)}; trying again`);
    if (!closed) setTimeout(() => void listen().catch(retry), 1000);
  };
  await listen();

  return {
    id,
    shared: true,
    publish(e) {
      sender
        .query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ from: id, e })])
        .catch((err: unknown) => log(`room events: could not notify: ${String(err)}`));
    },
    subscribe(fn) {
      handlers.push(fn);
    },
    async close() {
      closed = true;
      await listener?.end().catch(() => undefined);
      await sender.end().catch(() => undefined);
    },
  };
}
