// Catching a Room up with a shared database: the room's row (pacing, end), participants who
// joined through another process, and commands another process stored. Each reads the store
// and brings this process's memory to it; with storage of its own (SQLite) they do nothing.
import { newGame } from '../sim';
import type { Room } from './rooms';
import { catchUp, rebuildSeat, type Seat, serial } from './seat';
import type { RoomStorage, StoredRoom } from './storage';

/** Reads the room's row; true when its pacing or end changed. */
export async function refreshRow(storage: RoomStorage, room: Room): Promise<boolean> {
  if (!storage.shared) return false;
  return takeRow(room, await storage.roomRow(room.stored.code));
}

function takeRow(room: Room, row: StoredRoom | null): boolean {
  if (!row) return false;
  const r = room.stored;
  const changed = row.pacing !== r.pacing || row.released !== r.released || row.ended !== r.ended;
  Object.assign(r, { pacing: row.pacing, released: row.released, ended: row.ended });
  return changed;
}

/** Seats the participants this process has not met yet; returns them. */
export async function newcomers(storage: RoomStorage, room: Room): Promise<Seat[]> {
  if (!storage.shared) return [];
  const added: Seat[] = [];
  for (const p of await storage.participantsOf(room.stored.code)) {
    if (room.seats.has(p.id)) continue;
    const commands = await storage.commandsFrom(p.id, 0);
    if (room.seats.has(p.id)) continue;
    const seat = rebuildSeat(p, newGame(room.level, room.stored.seed), commands);
    room.seats.set(p.id, seat);
    room.byToken.set(p.token, seat);
    added.push(seat);
  }
  return added;
}

/** Applies the seat's commands stored since this process last looked (call inside serial()). */
export async function catchUpSeat(storage: RoomStorage, seat: Seat): Promise<void> {
  if (!storage.shared) return;
  catchUp(seat, await storage.commandsFrom(seat.p.id, seat.commands.length));
}

/**
 * Before a seat takes a batch (inside serial()): the room's row and the seat's commands stored
 * elsewhere, in one read. True when the room's pacing or end changed.
 */
export async function freshen(storage: RoomStorage, room: Room, seat: Seat): Promise<boolean> {
  if (!storage.shared) return false;
  const now = await storage.seatSince(room.stored.code, seat.p.id, seat.commands.length);
  catchUp(seat, now.commands);
  return takeRow(room, now.room);
}

/** The whole room as stored: its row, its participants and all their commands. */
export async function catchUpRoom(storage: RoomStorage, room: Room): Promise<void> {
  if (!storage.shared) return;
  await refreshRow(storage, room);
  await newcomers(storage, room);
  await Promise.all([...room.seats.values()].map((seat) => serial(seat, () => catchUpSeat(storage, seat))));
}
