// The room's wire protocol, shared by the room server, the game (a Participant) and the
// trainer's pages: HTTP paths, request and answer bodies, live (WebSocket) messages, and the
// checks of the few things people type (room codes, personal codes, nicknames). Pure data and
// pure functions only, so the sim, the server and the browser all read the same rules.
import type { Command, CommandError, Phase, Replay } from '../sim';

/** How a room moves through its seasons: everyone at their own pace, or held at each season's start. */
export type Pacing = 'free' | 'hold';

/** What anyone with the room code may know about a room. */
export interface RoomInfo {
  code: string;
  level: string;
  seed: string;
  pacing: Pacing;
  /** Seasons the trainer has released: a plan may begin season n (1-based) only when n ≤ released. */
  released: number;
  seasons: number;
  ended: boolean;
  simVersion: number;
}

/** One participant as the trainer's monitor shows them (computed by the server's replay). */
export interface ParticipantRow {
  id: number;
  nickname: string;
  connected: boolean;
  /** 1-based season the participant is in (or ended in). */
  season: number;
  phase: Phase;
  /** Fair day (1-based) during the fair, else 0. */
  day: number;
  /** Week after the fair (1-based) during the weeks after, else 0. */
  week: number;
  revenue: number;
  profit: number;
  /** The CEO's patience, 0..100 (fired at 0). */
  patience: number;
  fired: boolean;
  /** Commands the server holds for this participant. */
  seq: number;
  hash: string;
}

/** Answer to creating a room: the trainer key is shown only here and in the trainer's link. */
export interface CreatedRoom {
  room: RoomInfo;
  trainerKey: string;
}

export interface CreateRoomBody {
  level: string;
  /** Omitted: the server picks a fresh one. */
  seed?: string;
  pacing: Pacing;
}

export interface JoinBody {
  nickname: string;
}

/** A participant's own identity: the token is their personal code (link or typed). */
export interface Me {
  id: number;
  nickname: string;
  token: string;
}

export interface Joined {
  me: Me;
  room: RoomInfo;
}

/** GET me: everything a device needs to continue where the participant was. */
export interface MyGame {
  me: Me;
  room: RoomInfo;
  commands: Command[];
  seq: number;
  hash: string;
}

/** A batch of commands from a participant, numbered: `from` is the number of the first one. */
export interface CommandBatch {
  from: number;
  commands: Command[];
  /** The hash the browser reached after the batch, so a difference is found at once. */
  hash?: string;
}

export type BatchAnswer =
  | { ok: true; seq: number; hash: string; match: boolean | null }
  | { ok: false; error: 'out-of-order'; seq: number }
  | { ok: false; error: 'invalid'; seq: number; at: number; reason: CommandError }
  | { ok: false; error: 'held'; seq: number; season: number }
  | { ok: false; error: 'room-ended'; seq: number };

/** A participant's whole game for the board (GET runs, trainer only). */
export interface RoomRun {
  id: number;
  nickname: string;
  replay: Replay;
}

/** What the server sends over the live socket. */
export type LiveMessage =
  | { t: 'room'; room: RoomInfo }
  | { t: 'roster'; rows: ParticipantRow[] }
  | { t: 'row'; row: ParticipantRow };

/** Errors of the HTTP API: a short code and a sentence for people. */
export interface ApiError {
  error: ApiErrorCode;
  message: string;
}

export type ApiErrorCode =
  | 'bad-request'
  | 'no-room'
  | 'no-participant'
  | 'bad-key'
  | 'bad-nickname'
  | 'unknown-level'
  | 'bad-seed'
  | 'room-ended'
  | 'too-many';

export const API = {
  rooms: '/api/rooms',
  room: (code: string) => `/api/rooms/${code}`,
  join: (code: string) => `/api/rooms/${code}/join`,
  me: (code: string) => `/api/rooms/${code}/me`,
  commands: (code: string) => `/api/rooms/${code}/commands`,
  monitor: (code: string) => `/api/rooms/${code}/monitor`,
  release: (code: string) => `/api/rooms/${code}/release`,
  pause: (code: string) => `/api/rooms/${code}/pause`,
  end: (code: string) => `/api/rooms/${code}/end`,
  runs: (code: string) => `/api/rooms/${code}/runs`,
  live: (code: string) => `/api/rooms/${code}/live`,
} as const;

/** Headers carrying the secrets (never in a logged URL, except the live socket's query). */
export const PARTICIPANT_HEADER = 'x-participant';
export const TRAINER_HEADER = 'x-trainer-key';

/** Letters and digits nobody confuses when reading them off a projector (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 5;
export const PERSONAL_CODE_LENGTH = 8;
export const NICKNAME_MAX = 24;
/** Commands in one batch: a fair day at the slowest pace is far fewer. */
export const MAX_BATCH = 500;

const codeRe = (n: number) => new RegExp(`^[${CODE_ALPHABET}]{${n}}$`);
const ROOM_RE = codeRe(ROOM_CODE_LENGTH);
const PERSONAL_RE = codeRe(PERSONAL_CODE_LENGTH);

/** A typed code as people type it: case, spaces and dashes do not matter. */
export function normalizeCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

export function isRoomCode(text: string): boolean {
  return ROOM_RE.test(text);
}

export function isPersonalCode(text: string): boolean {
  return PERSONAL_RE.test(text);
}

/** A personal code as shown: two groups of four, e.g. K7QP-4MXD. */
export function showPersonalCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export type NicknameCheck =
  | { ok: true; nickname: string }
  | { ok: false; reason: 'empty' | 'long' | 'chars' };

/**
 * A nickname is plain text of 1–24 characters: spaces are collapsed, control and
 * formatting characters refused. It is always shown as text, never as markup.
 */
export function checkNickname(raw: unknown): NicknameCheck {
  if (typeof raw !== 'string') return { ok: false, reason: 'empty' };
  const nickname = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (nickname.length === 0) return { ok: false, reason: 'empty' };
  if ([...nickname].length > NICKNAME_MAX) return { ok: false, reason: 'long' };
  if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(nickname)) return { ok: false, reason: 'chars' };
  return { ok: true, nickname };
}
