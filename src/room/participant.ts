// A Participant's link to the room server, in the browser (and in Node tests): joining,
// continuing on any device with the personal code, sending what is played in numbered
// batches, and catching up after the network or the server was gone. The game itself always
// plays locally; the server's copy wins only where the two games parted.
import type { Level } from '../levels/schema';
import { apply, type Game, gameHash, newGame } from '../sim';
import type { RoomSeat, SessionStore } from '../store/session';
import type { KeyValueStorage } from '../store/storage';
import { cursorAfter, cursorAtEnd, type LogCursor, unsent } from './outbox';
import {
  API,
  type ApiError,
  type BatchAnswer,
  type Joined,
  type LiveMessage,
  type MyGame,
  PARTICIPANT_HEADER,
  type RoomInfo,
} from './protocol';

export const SEAT_KEY = 'the-listening-booth/room';

/** The seat this device remembers: enough to continue after a reload. */
export interface SavedSeat {
  code: string;
  token: string;
}

export interface LiveSocket {
  onopen: (() => void) | null;
  onclose: (() => void) | null;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: (() => void) | null;
  close(): void;
}

export interface ParticipantDeps {
  store: SessionStore;
  storage: KeyValueStorage;
  /** The room server's address ('' in the browser: the page's own origin). */
  base: string;
  fetch: typeof fetch;
  openSocket: (url: string) => LiveSocket;
  levelById: (id: string) => Level | null;
}

export type Answer<T> =
  | { ok: true; value: T }
  | { ok: false; error: ApiError['error'] | 'offline'; message: string };

async function request<T>(deps: ParticipantDeps, path: string, init: RequestInit = {}): Promise<Answer<T>> {
  let res: Response;
  try {
    res = await deps.fetch(deps.base + path, init);
  } catch {
    return { ok: false, error: 'offline', message: 'The room server cannot be reached.' };
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    return { ok: false, error: 'offline', message: `The room server answered ${res.status}.` };
  }
  if (res.ok || res.status === 409) {
    const err = body as Partial<ApiError>;
    if (!res.ok && typeof err.error === 'string' && typeof err.message === 'string')
      return { ok: false, error: err.error, message: err.message };
    return { ok: true, value: body as T };
  }
  const err = body as Partial<ApiError>;
  return { ok: false, error: err.error ?? 'bad-request', message: err.message ?? `error ${res.status}` };
}

const json = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token ? { [PARTICIPANT_HEADER]: token } : {}) },
  body: JSON.stringify(body),
});

export const joinRequest = (deps: ParticipantDeps, code: string, nickname: string) =>
  request<Joined>(deps, API.join(code), json({ nickname }));

export const myGameRequest = (deps: ParticipantDeps, seat: SavedSeat) =>
  request<MyGame>(deps, API.me(seat.code), { headers: { [PARTICIPANT_HEADER]: seat.token } });

export const roomRequest = (deps: ParticipantDeps, code: string) => request<RoomInfo>(deps, API.room(code));

export function readSeat(storage: KeyValueStorage): SavedSeat | null {
  try {
    const v = JSON.parse(storage.getItem(SEAT_KEY) ?? 'null') as Partial<SavedSeat> | null;
    return v && typeof v.code === 'string' && typeof v.token === 'string'
      ? { code: v.code, token: v.token }
      : null;
  } catch {
    return null;
  }
}

export function writeSeat(storage: KeyValueStorage, seat: SavedSeat | null): void {
  try {
    if (seat) storage.setItem(SEAT_KEY, JSON.stringify(seat));
    else storage.removeItem(SEAT_KEY);
  } catch {
    // Without storage the seat lasts as long as the page; the personal code still works.
  }
}

/** The server's game of a participant, replayed here (the same sim as the server's). */
export function serverGame(level: Level, mine: MyGame): Game | null {
  const g = newGame(level, mine.room.seed);
  for (const c of mine.commands) if (!apply(g, c).ok) return null;
  return gameHash(g) === mine.hash ? g : null;
}

/** Whether the game is this room's (its level and seed). */
export const isRoomGame = (g: Game | null, info: RoomInfo): g is Game =>
  g !== null && g.level.id === info.level && g.state.seed === info.seed;

export type { BatchAnswer, LiveMessage, LogCursor, RoomSeat };
export { cursorAfter, cursorAtEnd, unsent };
