// The room server's storage: what must survive a crash — rooms, participants and every
// accepted command in order — behind one small interface, so another engine can take the
// embedded SQLite file's place. Only facts are stored; every state is rebuilt by replay.

import type { Pacing } from '../room/protocol';
import type { Command } from '../sim';

export interface StoredRoom {
  code: string;
  trainerKey: string;
  level: string;
  seed: string;
  pacing: Pacing;
  released: number;
  ended: boolean;
  createdAt: number;
}

export interface StoredParticipant {
  id: number;
  room: string;
  token: string;
  nickname: string;
  joinedAt: number;
}

/** Everything stored, for rebuilding the rooms at start. */
export interface StoredWorld {
  rooms: StoredRoom[];
  participants: StoredParticipant[];
  /** Commands per participant id, in sequence order. */
  commands: Map<number, Command[]>;
}

export interface RoomStorage {
  /**
   * Whether other processes may write to the same store (PostgreSQL): then a process catches up
   * from the store before it answers, and never trusts its memory to be the whole truth.
   */
  readonly shared: boolean;
  /** Creates the tables (or migrates them) if needed. */
  open(): Promise<void>;
  loadAll(): Promise<StoredWorld>;
  /** One room with its participants and their commands (a room another process created). */
  loadRoom(code: string): Promise<StoredWorld | null>;
  /** The room's row as stored now (its pacing may have been changed by another process). */
  roomRow(code: string): Promise<StoredRoom | null>;
  /** The room's participants as stored now (some may have joined through another process). */
  participantsOf(room: string): Promise<StoredParticipant[]>;
  /** In one read: the room's row and a participant's commands from number `from` on. */
  seatSince(
    room: string,
    participant: number,
    from: number,
  ): Promise<{ room: StoredRoom | null; commands: Command[] }>;
  /** A participant's commands from number `from` on (stored by another process). */
  commandsFrom(participant: number, from: number): Promise<Command[]>;
  addRoom(room: StoredRoom): Promise<void>;
  setRoomPacing(code: string, pacing: Pacing, released: number, ended: boolean): Promise<void>;
  /** Adds a participant; the storage assigns the id. Throws NicknameTaken for a name in use. */
  addParticipant(p: Omit<StoredParticipant, 'id'>): Promise<StoredParticipant>;
  /**
   * Appends commands numbered from `from` (0-based). Atomic: all or none. Refuses (throws
   * SequenceConflict) when any of those numbers is already taken.
   */
  appendCommands(participant: number, from: number, commands: readonly Command[]): Promise<void>;
  close(): Promise<void>;
}

/** Another writer already stored a command with this number. */
export class SequenceConflict extends Error {
  constructor(readonly participant: number) {
    super(`sequence conflict for participant ${participant}`);
  }
}

/** The room already has a participant with this nickname (in any letter case). */
export class NicknameTaken extends Error {
  constructor(readonly nickname: string) {
    super(`nickname taken: ${nickname}`);
  }
}
