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
  /** Creates the tables (or migrates them) if needed. */
  open(): Promise<void>;
  loadAll(): Promise<StoredWorld>;
  addRoom(room: StoredRoom): Promise<void>;
  setRoomPacing(code: string, pacing: Pacing, released: number, ended: boolean): Promise<void>;
  /** Adds a participant; the storage assigns the id. */
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
