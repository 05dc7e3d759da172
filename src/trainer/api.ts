// The trainer's side of the room API: creating a room, reading the monitor, releasing a
// season, ending the session (all with the trainer key), and the live socket, which comes
// back by itself after a drop or a server restart.
import {
  API,
  type ApiError,
  type CreatedRoom,
  type CreateRoomBody,
  type LiveMessage,
  type ParticipantRow,
  type RoomInfo,
  TRAINER_HEADER,
} from '../room/protocol';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

async function call<T>(path: string, init: RequestInit = {}): Promise<Result<T>> {
  try {
    const res = await fetch(path, init);
    const body = (await res.json().catch(() => null)) as unknown;
    if (res.ok) return { ok: true, value: body as T };
    return { ok: false, error: (body as Partial<ApiError> | null)?.error ?? 'offline' };
  } catch {
    return { ok: false, error: 'offline' };
  }
}

const post = (body: unknown, key?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(key ? { [TRAINER_HEADER]: key } : {}) },
  body: JSON.stringify(body),
});

export const createRoom = (body: CreateRoomBody) => call<CreatedRoom>(API.rooms, post(body));
export const monitor = (code: string, key: string) =>
  call<{ room: RoomInfo; rows: ParticipantRow[] }>(API.monitor(code), { headers: { [TRAINER_HEADER]: key } });
export const release = (code: string, key: string, season: number) =>
  call<RoomInfo>(API.release(code), post({ season }, key));
export const pauseRoom = (code: string, key: string) => call<RoomInfo>(API.pause(code), post({}, key));
export const endRoom = (code: string, key: string) => call<RoomInfo>(API.end(code), post({}, key));

/** A live socket to the room that reconnects with growing pauses until stopped. */
export function liveRoom(
  code: string,
  key: string,
  on: { message(m: LiveMessage): void; link(up: boolean): void },
): () => void {
  let stopped = false;
  let tries = 0;
  let ws: WebSocket | null = null;
  const open = () => {
    if (stopped) return;
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    ws = new WebSocket(
      `${proto}//${location.host}${API.live(code)}?role=trainer&key=${encodeURIComponent(key)}`,
    );
    ws.onopen = () => {
      tries = 0;
      on.link(true);
    };
    ws.onmessage = (e) => {
      try {
        on.message(JSON.parse(String(e.data)) as LiveMessage);
      } catch {
        // A message we cannot read is skipped; the next roster brings everything again.
      }
    };
    ws.onerror = () => undefined;
    ws.onclose = () => {
      on.link(false);
      if (!stopped) setTimeout(open, [1000, 2000, 4000, 8000][Math.min(tries++, 3)]);
    };
  };
  open();
  return () => {
    stopped = true;
    ws?.close();
  };
}
