// Who is connected through the other processes sharing the database: each process says when a
// participant's sockets change and, every few seconds, which participants are connected to it.
// A process not heard from for a while is taken to be gone (killed), with its connections.
import type { RoomBus, RoomEvent } from './bus';
import type { Rooms } from './rooms';
import type { Seat } from './seat';

const BEAT_MS = 4000;
const GONE_MS = 12_000;

interface Heard {
  at: number;
  /** Sockets per participant, with the participant's room. */
  sockets: Map<number, { room: string; n: number }>;
}

export class Presence {
  private readonly others = new Map<string, Heard>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly rooms: Rooms,
    private readonly bus: RoomBus,
    /** A seat's connected state may have changed. */
    private readonly changed: (room: string, seat: Seat) => void,
  ) {
    if (!bus.shared) return;
    bus.subscribe((e, from) => this.heard(e, from));
    this.timer = setInterval(() => this.beat(), BEAT_MS);
    this.timer.unref();
  }

  /** This process's sockets of a seat changed: tell the others. */
  local(room: string, seat: Seat): void {
    this.bus.publish({ t: 'presence', room, participant: seat.p.id, sockets: seat.sockets });
  }

  private heard(e: RoomEvent, from: string): void {
    if (e.t !== 'presence' && e.t !== 'beat') return;
    let h = this.others.get(from);
    if (!h) this.others.set(from, (h = { at: 0, sockets: new Map() }));
    h.at = Date.now();
    if (e.t === 'presence') {
      h.sockets.set(e.participant, { room: e.room, n: e.sockets });
      this.recount(e.room, e.participant);
      return;
    }
    const now = new Set(e.connected);
    for (const [id, s] of h.sockets)
      if (s.room === e.room && !now.has(id)) {
        h.sockets.delete(id);
        this.recount(e.room, id);
      }
    for (const id of now)
      if (!h.sockets.get(id)?.n) {
        h.sockets.set(id, { room: e.room, n: 1 });
        this.recount(e.room, id);
      }
  }

  private recount(code: string, participant: number): void {
    const seat = this.rooms.rooms.get(code)?.seats.get(participant);
    if (!seat) return;
    let n = 0;
    for (const h of this.others.values()) n += h.sockets.get(participant)?.n ?? 0;
    if (n === seat.remote) return;
    seat.remote = n;
    this.changed(code, seat);
  }

  /** Says who is connected here, room by room, and forgets processes that went quiet. */
  private beat(): void {
    for (const [code, room] of this.rooms.rooms) {
      const connected = [...room.seats.values()].filter((s) => s.sockets > 0).map((s) => s.p.id);
      if (connected.length) this.bus.publish({ t: 'beat', room: code, connected });
    }
    const gone = Date.now() - GONE_MS;
    for (const [from, h] of this.others) {
      if (h.at >= gone) continue;
      this.others.delete(from);
      for (const [id, s] of h.sockets) this.recount(s.room, id);
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
