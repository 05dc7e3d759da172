// The Rooms of one server process: every Room with its seats, rebuilt at start by replaying
// each Participant's stored commands, and the operations the API offers (create, join, take a
// batch, release a season, pause, end). Storage is written before anything is acknowledged.
// When the storage is shared with other processes, what they stored is read before it counts
// (room-catchup.ts), and what this process stored is announced on the bus.
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
import { localBus, type RoomBus, type RoomEvent } from './bus';
import { newPersonalCode, newRoomCode, newSeed, newTrainerKey } from './codes';
import { catchUpRoom, catchUpSeat, freshen, newcomers, refreshRow } from './room-catchup';
import { applyPart, newPart, rebuildSeat, type Seat, serial } from './seat';
import {
  NicknameTaken,
  type RoomStorage,
  SequenceConflict,
  type StoredRoom,
  type StoredWorld,
} from './storage';

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
  /** Whether a trainer here watches the room live (then others' moves are read at once). */
  watched: (room: Room) => boolean = () => false;

  private readonly loading = new Map<string, Promise<Room | undefined>>();

  constructor(
    private readonly storage: RoomStorage,
    readonly bus: RoomBus = localBus(),
  ) {
    bus.subscribe((e) => void this.heard(e).catch(() => undefined));
  }

  /** Rebuilds every room and seat from storage (after a start or a crash). */
  async load(): Promise<{ rooms: number; participants: number; commands: number }> {
    const world = await this.storage.loadAll();
    this.addWorld(world);
    const commands = [...world.commands.values()].reduce((n, list) => n + list.length, 0);
    return { rooms: this.rooms.size, participants: world.participants.length, commands };
  }

  private addWorld(world: StoredWorld): void {
    for (const stored of world.rooms) {
      const level = shippedLevel(stored.level);
      if (level && !this.rooms.has(stored.code))
        this.rooms.set(stored.code, { stored, level, seats: new Map(), byToken: new Map() });
    }
    for (const p of world.participants) {
      const room = this.rooms.get(p.room);
      if (!room || room.seats.has(p.id)) continue;
      const seat = rebuildSeat(p, newGame(room.level, room.stored.seed), world.commands.get(p.id) ?? []);
      room.seats.set(p.id, seat);
      room.byToken.set(p.token, seat);
    }
  }

  /** The room with this code: in memory, or (shared storage) created by another process. */
  find(code: string): Promise<Room | undefined> {
    const known = this.rooms.get(code);
    if (known || !this.storage.shared) return Promise.resolve(known);
    let pending = this.loading.get(code);
    if (!pending) {
      pending = this.storage
        .loadRoom(code)
        .then((w) => {
          if (w) this.addWorld(w);
          return this.rooms.get(code);
        })
        .finally(() => this.loading.delete(code));
      this.loading.set(code, pending);
    }
    return pending;
  }

  /** The seat of a personal code; with shared storage it may have joined through another process. */
  async seatOf(room: Room, token: string): Promise<Seat | undefined> {
    const seat = room.byToken.get(token);
    if (seat || !this.storage.shared) return seat;
    await newcomers(this.storage, room);
    return room.byToken.get(token);
  }

  /** Everything the storage holds for the room, in memory (shared storage; else it already is). */
  async current(room: Room, seat?: Seat): Promise<void> {
    if (!this.storage.shared) return;
    if (seat) await serial(seat, () => catchUpSeat(this.storage, seat));
    else await catchUpRoom(this.storage, room);
  }

  /** What another process announced: read it from the database and show it here. */
  private async heard(e: RoomEvent): Promise<void> {
    if (e.t === 'presence' || e.t === 'beat') return;
    const room = this.rooms.get(e.room);
    if (!room) return;
    if (e.t === 'room') {
      if (await refreshRow(this.storage, room)) this.onRoom(room);
      return;
    }
    // Nobody watches here: what others stored is read when it is needed (a batch, a monitor).
    if (!this.watched(room)) return;
    for (const seat of await newcomers(this.storage, room)) this.onSeat(room, seat);
    if (e.t !== 'seat') return;
    const seat = room.seats.get(e.participant);
    if (seat && seat.commands.length < e.seq) {
      await serial(seat, () => catchUpSeat(this.storage, seat));
      this.onSeat(room, seat);
    }
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
    while (this.rooms.has(code) || (this.storage.shared && (await this.storage.roomRow(code))))
      code = newRoomCode();
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
    const check = checkNickname(rawNickname);
    if (!check.ok) return { fail: 'bad-nickname', detail: check.reason };
    if (this.storage.shared) {
      await refreshRow(this.storage, room);
      await newcomers(this.storage, room);
    }
    if (room.stored.ended) return { fail: 'room-ended' };
    if (room.seats.size >= MAX_SEATS) return { fail: 'too-many' };
    const lower = check.nickname.toLowerCase();
    for (const s of room.seats.values()) if (s.p.nickname.toLowerCase() === lower) return { fail: 'taken' };
    let token = newPersonalCode();
    while (room.byToken.has(token)) token = newPersonalCode();
    let p: Awaited<ReturnType<RoomStorage['addParticipant']>>;
    try {
      p = await this.storage.addParticipant({
        room: room.stored.code,
        token,
        nickname: check.nickname,
        joinedAt: Date.now(),
      });
    } catch (e) {
      if (e instanceof NicknameTaken) return { fail: 'taken' };
      throw e;
    }
    const seat = rebuildSeat(p, newGame(room.level, room.stored.seed), []);
    room.seats.set(p.id, seat);
    room.byToken.set(token, seat);
    this.onSeat(room, seat);
    this.bus.publish({ t: 'joined', room: room.stored.code, participant: p.id });
    return seat;
  }

  /** Takes a batch: one batch of a seat at a time, stored before it is acknowledged. */
  take(room: Room, seat: Seat, batch: CommandBatch): Promise<BatchAnswer> {
    return serial(seat, () => this.takeNow(room, seat, batch));
  }

  private async takeNow(room: Room, seat: Seat, batch: CommandBatch): Promise<BatchAnswer> {
    if (this.storage.shared) {
      // Another process may have taken this participant's commands, or changed the pacing.
      if (await freshen(this.storage, room, seat)) this.onRoom(room);
    }
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
        if (!(e instanceof SequenceConflict)) throw e;
        // Another process stored this number first: the browser resends from what is stored.
        await catchUpSeat(this.storage, seat);
        return { ok: false, error: 'out-of-order', seq: seat.commands.length };
      }
      seat.commands.push(...accepted);
      this.onSeat(room, seat);
      this.bus.publish({
        t: 'seat',
        room: room.stored.code,
        participant: seat.p.id,
        seq: seat.commands.length,
      });
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
    await refreshRow(this.storage, room);
    const released = Math.max(room.stored.released, Math.min(room.level.seasons, season));
    await this.setPacing(room, room.stored.pacing, released, room.stored.ended);
  }

  /**
   * Holds the room from the next season start on: nobody begins a season that nobody has begun
   * yet; those already in a season play it to its end. The trainer releases as in a held room.
   */
  async pause(room: Room): Promise<void> {
    await this.current(room);
    const begun = Math.max(0, ...[...room.seats.values()].map((seat) => seasonsBegun(seat)));
    await this.setPacing(room, 'hold', Math.min(room.stored.released, begun), room.stored.ended);
  }

  async end(room: Room): Promise<void> {
    await refreshRow(this.storage, room);
    await this.setPacing(room, room.stored.pacing, room.stored.released, true);
  }

  private async setPacing(room: Room, pacing: Pacing, released: number, ended: boolean): Promise<void> {
    await this.storage.setRoomPacing(room.stored.code, pacing, released, ended);
    Object.assign(room.stored, { pacing, released, ended });
    this.onRoom(room);
    this.bus.publish({ t: 'room', room: room.stored.code });
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
