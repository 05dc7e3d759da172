// The tables' rows as both engines return them (SQLite gives numbers, PostgreSQL gives bigints
// as strings and booleans as booleans), turned into the stored facts of storage.ts.
import type { StoredParticipant, StoredRoom } from './storage';

export interface RoomRow {
  code: string;
  trainer_key: string;
  level: string;
  seed: string;
  pacing: string;
  released: number;
  ended: number | boolean;
  created_at: number | string;
}

export interface ParticipantRowDb {
  id: number | string;
  room: string;
  token: string;
  nickname: string;
  joined_at: number | string;
}

export const toRoom = (r: RoomRow): StoredRoom => ({
  code: r.code,
  trainerKey: r.trainer_key,
  level: r.level,
  seed: r.seed,
  pacing: r.pacing === 'hold' ? 'hold' : 'free',
  released: r.released,
  ended: Boolean(r.ended),
  createdAt: Number(r.created_at),
});

export const toParticipant = (p: ParticipantRowDb): StoredParticipant => ({
  id: Number(p.id),
  room: p.room,
  token: p.token,
  nickname: p.nickname,
  joinedAt: Number(p.joined_at),
});
