// The live side of the room: open WebSockets per Room — trainers, who see every
// Participant's row, and participants, who see only the room's pacing. Rows are sent at most a
// few times a second per room, whatever the rate of commands; a connected dot is a live socket
// here or, with a shared database, on another process (presence.ts).
import type { WebSocket } from 'ws';
import type { LiveMessage, ParticipantRow } from '../room/protocol';
import { Presence } from './presence';
import type { Room, Rooms } from './rooms';
import { type Seat, seatRow } from './seat';

const ROW_INTERVAL_MS = 250;

interface Listeners {
  trainers: Set<WebSocket>;
  participants: Map<WebSocket, Seat>;
  dirty: Set<Seat>;
  timer: ReturnType<typeof setTimeout> | null;
}

export class Live {
  private readonly byRoom = new Map<string, Listeners>();
  private readonly presence: Presence;

  constructor(private readonly rooms: Rooms) {
    this.presence = new Presence(rooms, rooms.bus, (code, seat) => {
      const room = rooms.rooms.get(code);
      if (room) this.seatChanged(room, seat);
    });
    rooms.onSeat = (room, seat) => this.seatChanged(room, seat);
    rooms.watched = (room) => (this.byRoom.get(room.stored.code)?.trainers.size ?? 0) > 0;
    rooms.onRoom = (room) => this.broadcast(room, { t: 'room', room: rooms.info(room) });
  }

  private of(room: Room): Listeners {
    let l = this.byRoom.get(room.stored.code);
    if (!l) {
      l = { trainers: new Set(), participants: new Map(), dirty: new Set(), timer: null };
      this.byRoom.set(room.stored.code, l);
    }
    return l;
  }

  addTrainer(room: Room, ws: WebSocket): void {
    const l = this.of(room);
    l.trainers.add(ws);
    send(ws, { t: 'room', room: this.rooms.info(room) });
    send(ws, { t: 'roster', rows: roster(room) });
    ws.on('close', () => l.trainers.delete(ws));
  }

  addParticipant(room: Room, seat: Seat, ws: WebSocket): void {
    const l = this.of(room);
    l.participants.set(ws, seat);
    seat.sockets++;
    this.presence.local(room.stored.code, seat);
    send(ws, { t: 'room', room: this.rooms.info(room) });
    this.seatChanged(room, seat);
    ws.on('close', () => {
      l.participants.delete(ws);
      seat.sockets--;
      this.presence.local(room.stored.code, seat);
      this.seatChanged(room, seat);
    });
  }

  private seatChanged(room: Room, seat: Seat): void {
    const l = this.of(room);
    l.dirty.add(seat);
    if (l.timer || l.trainers.size === 0) return;
    l.timer = setTimeout(() => {
      l.timer = null;
      const rows = [...l.dirty].map(seatRow);
      l.dirty.clear();
      for (const row of rows) for (const ws of l.trainers) send(ws, { t: 'row', row });
    }, ROW_INTERVAL_MS);
  }

  private broadcast(room: Room, msg: LiveMessage): void {
    const l = this.of(room);
    for (const ws of l.trainers) send(ws, msg);
    for (const ws of l.participants.keys()) send(ws, msg);
  }

  /** Closes every socket (the server is stopping). */
  closeAll(): void {
    this.presence.stop();
    for (const l of this.byRoom.values()) {
      if (l.timer) clearTimeout(l.timer);
      for (const ws of l.trainers) ws.close(1001, 'server stopping');
      for (const ws of l.participants.keys()) ws.close(1001, 'server stopping');
    }
  }
}

/** Every participant's row, in the order they joined (their ids), whichever process seated them. */
export function roster(room: Room): ParticipantRow[] {
  return [...room.seats.values()].sort((a, b) => a.p.id - b.p.id).map(seatRow);
}

function send(ws: WebSocket, msg: LiveMessage): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
}
