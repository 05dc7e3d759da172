// The Rooms of one server process: every Room with its seats, rebuilt at start by replaying
// each Participant's stored commands, and the operations the API offers (create, join, take a
// batch, release a season, pause, end). Storage is written before anything is acknowledged.
import { loadShippedLevel } from '../levels/registry';
import type { Level } from '../levels/schema';
import {
  type BatchAnswer,
  type CommandBatch,
  checkNickname,
  type Pacing,
  type RoomInfo,
} from '../room/protocol';
import { gameHash, isValidSeed, newGame, SIM_VERSION } from '../sim';
import { newPersonalCode, newRoomCode, newSeed, newTrainerKey } from './codes';
import { applyPart, newPart, rebuildSeat, type Seat } from './seat';
import type { RoomStorage, StoredRoom } from './storage';

export interface Room {
  stored: StoredRoom;
  level: Level;
  seats: Map<number, Seat>;
  byToken: Map<string, Seat>;
}

/** Most participants in one room: a large workshop, with room to spare. */
export const MAX_SEATS = 300;

export type Failure = {
  fail: 'unknown-level' | 'bad-seed' | 'no-room' | 'room-ended' | 'too-many' | 'taken' | 'bad-nickname';
  detail?: string;
};

export class Rooms {
  readonly rooms = new Map<string, Room>();
  /** Called after anything a monitor shows has changed. */
  onSeat: (room: Room, seat: Seat) => void = () => undefined;
  onRoom: (room: Room) => void = () => undefined;

  constructor(private readonly storage: RoomStorage) {}

  /** Rebuilds every room and seat from storage (after a start or a crash). */
  async load(): Promise<{ rooms: number; participants: number; commands: number }> {
    const world = await this.storage.loadAll();
    let commands = 0;
    for (const stored of world.rooms) {
      const level = shippedLevel(stored.level);
      if (level) this.rooms.set(stored.code, { stored, level, seats: new Map(), byToken: new Map() });
    }
    for (const p of world.participants) {
      const room = this.rooms.get(p.room);
      if (!room) continue;
      const seat = rebuildSeat(p, newGame(room.level, room.stored.seed), world.commands.get(p.id) ?? []);
      commands += seat.commands.length;
      room.seats.set(p.id, seat);
      room.byToken.set(p.token, seat);
    }
    return { rooms: this.rooms.size, participants: world.participants.length, commands };
  }

  info(room: Room): RoomInfo {
    const r = room.stored;
    return {
      code: r.code,
      level: r.level,
      seed: r.seed,
      pacing: r.pacing,
      released: r.released,
      seasons: room.level.seasons,
      ended: r.ended,
      simVersion: SIM_VERSION,
    };
  }

  async create(levelId: string, seed: string | undefined, pacing: Pacing): Promise<Room | Failure> {
    const level = shippedLevel(levelId);
    if (!level) return { fail: 'unknown-level' };
    if (seed !== undefined && !isValidSeed(seed)) return { fail: 'bad-seed' };
    let code = newRoomCode();
    while (this.rooms.has(code)) code = newRoomCode();
    const stored: StoredRoom = {
      code,
      trainerKey: newTrainerKey(),
      level: level.id,
      seed: seed ?? newSeed(),
      pacing,
      released: pacing === 'hold' ? 0 : level.seasons,
      ended: false,
      createdAt: Date.now(),
    };
    await this.storage.addRoom(stored);
    const room: Room = { stored, level, seats: new Map(), byToken: new Map() };
    this.rooms.set(code, room);
    return room;
  }

  async join(room: Room, rawNickname: unknown): Promise<Seat | Failure> {
    if (room.stored.ended) return { fail: 'room-ended' };
    const check = checkNickname(rawNickname);
    if (!check.ok) return { fail: 'bad-nickname', detail: check.reason };
    if (room.seats.size >= MAX_SEATS) return { fail: 'too-many' };
    const lower = check.nickname.toLowerCase();
    for (const s of room.seats.values()) if (s.p.nickname.toLowerCase() === lower) return { fail: 'taken' };
    let token = newPersonalCode();
    while (room.byToken.has(token)) token = newPersonalCode();
    const p = await this.storage.addParticipant({
      room: room.stored.code,
      token,
      nickname: check.nickname,
      joinedAt: Date.now(),
    });
    const seat = rebuildSeat(p, newGame(room.level, room.stored.seed), []);
    room.seats.set(p.id, seat);
    room.byToken.set(token, seat);
    this.onSeat(room, seat);
    return seat;
  }

  /** Takes a batch: one batch of a seat at a time, stored before it is acknowledged. */
  take(room: Room, seat: Seat, batch: CommandBatch): Promise<BatchAnswer> {
    const run = seat.queue.then(() => this.takeNow(room, seat, batch));
    seat.queue = run.catch(() => undefined);
    return run;
  }

  private async takeNow(room: Room, seat: Seat, batch: CommandBatch): Promise<BatchAnswer> {
    const seq = seat.commands.length;
    if (room.stored.ended) return { ok: false, error: 'room-ended', seq };
    const part = newPart(seat, batch);
    if (!part) return { ok: false, error: 'out-of-order', seq };
    const { accepted, refusal } = applyPart(seat, part, room.stored.released);
    if (accepted.length > 0) {
      try {
        await this.storage.appendCommands(seat.p.id, seq, accepted);
      } catch (e) {
        // Not stored, so not accepted: the game goes back to what storage holds.
        this.reseat(room, seat, seat.commands);
        throw e;
      }
      seat.commands.push(...accepted);
      this.onSeat(room, seat);
    }
    if (refusal) return refusal;
    const hash = gameHash(seat.game);
    return {
      ok: true,
      seq: seat.commands.length,
      hash,
      match: batch.hash === undefined ? null : batch.hash === hash,
    };
  }

  private reseat(room: Room, seat: Seat, commands: readonly Seat['commands'][number][]): void {
    const fresh = rebuildSeat(seat.p, newGame(room.level, room.stored.seed), commands);
    seat.game = fresh.game;
    seat.commands = fresh.commands;
  }

  /** Releases seasons up to `season` (never takes a release back). */
  async release(room: Room, season: number): Promise<void> {
    const released = Math.max(room.stored.released, Math.min(room.level.seasons, season));
    await this.setPacing(room, room.stored.pacing, released, room.stored.ended);
  }

  /**
   * Holds the room from the next season start on: nobody begins a season that nobody has begun
   * yet; those already in a season play it to its end. The trainer releases as in a held room.
   */
  async pause(room: Room): Promise<void> {
    const begun = Math.max(0, ...[...room.seats.values()].map((seat) => seasonsBegun(seat)));
    await this.setPacing(room, 'hold', Math.min(room.stored.released, begun), room.stored.ended);
  }

  async end(room: Room): Promise<void> {
    await this.setPacing(room, room.stored.pacing, room.stored.released, true);
  }

  private async setPacing(room: Room, pacing: Pacing, released: number, ended: boolean): Promise<void> {
    await this.storage.setRoomPacing(room.stored.code, pacing, released, ended);
    Object.assign(room.stored, { pacing, released, ended });
    this.onRoom(room);
  }
}

/** Seasons this participant has begun (a plan not yet made does not count). */
function seasonsBegun(seat: Seat): number {
  const s = seat.game.state;
  return s.phase === 'ended' ? seat.game.level.seasons : s.phase === 'plan' ? s.season : s.season + 1;
}

function shippedLevel(id: string): Level | null {
  const res = loadShippedLevel(id);
  return res?.ok ? res.level : null;
}

export const isFailure = (x: unknown): x is Failure => typeof x === 'object' && x !== null && 'fail' in x;
