// The workshop room in the page: reads ?room= and ?me= and the seat this device remembers,
// joins or continues, and keeps one RoomSync running. The screens call joinRoom, continueRoom
// and leaveRoom; they hear back through the store (room, roomInvite, notices).

import type { SessionStore } from '../store/session';
import { levelById } from '../store/session';
import type { KeyValueStorage } from '../store/storage';
import {
  type Answer,
  joinRequest,
  type LiveSocket,
  myGameRequest,
  type ParticipantDeps,
  readSeat,
  roomRequest,
  type SavedSeat,
  writeSeat,
} from './participant';
import type { Me, RoomInfo } from './protocol';
import { RoomSync } from './sync';

let deps: ParticipantDeps | null = null;
let sync: RoomSync | null = null;

export type RoomProblem = { ok: false; error: string; message: string };

/** Sets the page's room link up; joins or continues when the URL or a saved seat says so. */
export function startRoomLink(
  store: SessionStore,
  storage: KeyValueStorage,
  url: { room: string | null; me: string | null },
): void {
  deps = {
    store,
    storage,
    base: '',
    fetch: (input, init) => globalThis.fetch(input, init),
    openSocket: (u) => new WebSocket(u) as unknown as LiveSocket,
    levelById,
  };
  const saved = readSeat(storage);
  if (url.room && url.me) void continueRoom(url.room, url.me);
  else if (url.room && saved?.code !== url.room) store.getState().setRoomInvite(url.room);
  else if (saved) void resume(saved);
}

async function resume(seat: SavedSeat): Promise<void> {
  if (!deps) return;
  const mine = await myGameRequest(deps, seat);
  if (mine.ok) return enter(seat, mine.value.me, mine.value.room, 'back');
  // Offline: play on with what this device has; the sync catches up when the server is back.
  if (mine.error === 'offline') {
    const room = await roomRequest(deps, seat.code);
    if (!room.ok) return offlineSeat(seat);
    return offlineSeat(seat, room.value);
  }
  writeSeat(deps.storage, null);
  deps.store.getState().addNotice({ kind: 'room', event: 'gone', detail: mine.message });
}

/** Without the server a remembered seat still shows, from what this device's game knows. */
function offlineSeat(seat: SavedSeat, known?: RoomInfo): void {
  if (!deps) return;
  const g = deps.store.getState().game;
  const info: RoomInfo = known ?? {
    code: seat.code,
    level: g?.level.id ?? '',
    seed: g?.state.seed ?? '',
    pacing: 'free',
    released: g?.state.season !== undefined ? g.state.season + 1 : 0,
    seasons: g?.level.seasons ?? 0,
    ended: false,
    simVersion: 0,
  };
  enter(seat, { id: 0, nickname: '', token: seat.token }, info, null, 'offline');
}

function enter(
  seat: SavedSeat,
  me: Me,
  info: RoomInfo,
  event: 'joined' | 'back' | null,
  link: 'connecting' | 'offline' = 'connecting',
): void {
  if (!deps) return;
  const st = deps.store.getState();
  writeSeat(deps.storage, seat);
  sync?.stop();
  st.setRoomInvite(null);
  st.setRoom({ me, info, link, unsent: 0 });
  if (event) st.addNotice({ kind: 'room', event });
  sync = new RoomSync(deps, seat);
}

export async function joinRoom(code: string, nickname: string): Promise<Answer<true>> {
  if (!deps) return { ok: false, error: 'offline', message: 'not started' };
  const joined = await joinRequest(deps, code, nickname);
  if (!joined.ok) return joined;
  enter({ code, token: joined.value.me.token }, joined.value.me, joined.value.room, 'joined');
  return { ok: true, value: true };
}

export async function continueRoom(code: string, token: string): Promise<Answer<true>> {
  if (!deps) return { ok: false, error: 'offline', message: 'not started' };
  const seat = { code, token };
  const mine = await myGameRequest(deps, seat);
  if (!mine.ok) {
    deps.store.getState().setRoomInvite(code);
    return mine;
  }
  enter(seat, mine.value.me, mine.value.room, 'back');
  return { ok: true, value: true };
}

/** Whether a room with this code exists (the typed-code step of joining). */
export async function findRoom(code: string): Promise<Answer<RoomInfo>> {
  if (!deps) return { ok: false, error: 'offline', message: 'not started' };
  return roomRequest(deps, code);
}

/** Leaves the room on this device (the game stays in the room; the code brings it back). */
export function leaveRoom(): void {
  sync?.stop();
  sync = null;
  if (!deps) return;
  writeSeat(deps.storage, null);
  deps.store.getState().setRoom(null);
}

/** The personal link of the seat: the room and the code (to continue on another device). */
export function personalLink(code: string, token: string): string {
  const loc = globalThis.location;
  return `${loc.origin}${loc.pathname}?room=${code}&me=${token}`;
}
