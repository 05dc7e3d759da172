// Keeps a Participant's game and the room server's copy of it together: after every change
// the unsent part of the log goes out as a numbered batch; when the server or the network is
// gone the game plays on and the batch waits, retried with growing pauses; on every
// (re)connection the two copies are compared and the longer one continues the other.
import type { Game } from '../sim';
import { gameHash } from '../sim';
import type { RoomSeat } from '../store/session';
import { cursorAfter, cursorAtEnd, type LogCursor, unsent } from './outbox';
import {
  type Answer,
  isRoomGame,
  type LiveSocket,
  myGameRequest,
  type ParticipantDeps,
  type SavedSeat,
  serverGame,
} from './participant';
import { API, type BatchAnswer, type LiveMessage, type MyGame, PARTICIPANT_HEADER } from './protocol';

const FLUSH_MS = 400;
const RETRY_MS = [1000, 2000, 4000, 8000];

export class RoomSync {
  private game: Game | null = null;
  private cursor: LogCursor | null = null;
  private seq = 0;
  private busy = false;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;
  private socket: LiveSocket | null = null;
  private socketRetries = 0;
  private stopped = false;
  /** The season the room held a batch at: nothing more is sent until it is released. */
  private heldAt = 0;
  private unsubscribe: () => void;

  constructor(
    private readonly deps: ParticipantDeps,
    readonly seat: SavedSeat,
  ) {
    this.unsubscribe = deps.store.subscribe((s, prev) => {
      if (s.version !== prev.version || s.game !== prev.game) this.schedule(FLUSH_MS);
    });
    this.connect();
    void this.resync();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    this.socket?.close();
  }

  /** Sends what is unsent now and resolves when the server has answered (or is unreachable). */
  async flushNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }

  private room(): RoomSeat | null {
    return this.deps.store.getState().room;
  }

  private patchRoom(patch: Partial<RoomSeat>): void {
    const r = this.room();
    if (!r) return;
    const changed = (Object.keys(patch) as (keyof RoomSeat)[]).some((k) => r[k] !== patch[k]);
    if (changed) this.deps.store.getState().setRoom({ ...r, ...patch });
  }

  private schedule(ms: number): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private retryLater(): void {
    const ms = RETRY_MS[Math.min(this.retries, RETRY_MS.length - 1)] ?? 8000;
    this.retries++;
    this.schedule(ms);
  }

  /** Compares this device's game with the server's and continues from the longer one. */
  async resync(): Promise<void> {
    const mine = await myGameRequest(this.deps, this.seat);
    if (this.stopped) return;
    if (!mine.ok) {
      if (mine.error === 'offline') {
        this.patchRoom({ link: 'offline' });
        this.retryLater();
      } else this.deps.store.getState().addNotice({ kind: 'room', event: 'gone', detail: mine.message });
      return;
    }
    this.adopt(mine.value);
    await this.flush();
  }

  private adopt(mine: MyGame): void {
    const { store, levelById } = this.deps;
    const level = levelById(mine.room.level);
    const st = store.getState();
    const current = this.room();
    if (current) st.setRoom({ ...current, info: mine.room, me: mine.me });
    if (!level) return;
    const theirs = serverGame(level, mine);
    if (!theirs) return;
    const local = st.game;
    const cursor = isRoomGame(local, mine.room) ? cursorAfter(local.log, theirs.log) : null;
    if (local && cursor) {
      this.track(local, cursor, mine.seq);
      return;
    }
    const parted =
      isRoomGame(local, mine.room) && local.log.length > 0 && !cursorAfter(theirs.log, local.log);
    if (!isRoomGame(local, mine.room) || local.log.length <= theirs.log.length || parted) {
      st.adoptGame(theirs);
      if (parted) st.addNotice({ kind: 'room', event: 'server-copy' });
      this.track(theirs, cursorAtEnd(theirs.log), mine.seq);
    }
  }

  private track(game: Game, cursor: LogCursor, seq: number): void {
    this.game = game;
    this.cursor = cursor;
    this.seq = seq;
    this.retries = 0;
  }

  private async flush(): Promise<void> {
    if (this.busy) {
      this.again = true;
      return;
    }
    const game = this.game;
    if (!game || !this.cursor || this.stopped || this.deps.store.getState().game !== game) return;
    if (this.heldAt > (this.room()?.info.released ?? 0)) return;
    const next = unsent(game.log, this.cursor);
    if (!next || next.commands.length === 0) {
      this.patchRoom({ unsent: 0 });
      return;
    }
    this.busy = true;
    const answer = await this.post({ from: this.seq, commands: next.commands, hash: gameHash(game) });
    this.busy = false;
    if (this.stopped) return;
    if (!answer.ok) {
      this.patchRoom({ link: 'offline', unsent: next.commands.length });
      this.retryLater();
      return;
    }
    this.onAnswer(answer.value, next.cursor);
    if (this.again) {
      this.again = false;
      this.schedule(0);
    }
  }

  private onAnswer(a: BatchAnswer, cursor: LogCursor): void {
    this.retries = 0;
    if (a.ok) {
      this.seq = a.seq;
      this.cursor = cursor;
      this.patchRoom({ link: 'online', unsent: 0 });
      if (a.match === false) void this.resync();
      return;
    }
    if (a.error === 'room-ended') {
      this.cursor = null;
      return;
    }
    // Held: what the server took stays taken; the rest waits for the trainer's release.
    if (a.error === 'held') {
      this.heldAt = a.season;
      this.cursor = null;
      void this.resyncQuietly();
      return;
    }
    if (a.error === 'invalid')
      this.deps.store.getState().addNotice({ kind: 'room', event: 'refused', detail: a.reason });
    void this.resync();
  }

  /** A resync that does not flush (the room is holding the rest). */
  private async resyncQuietly(): Promise<void> {
    const mine = await myGameRequest(this.deps, this.seat);
    if (mine.ok && !this.stopped) this.adopt(mine.value);
  }

  private post(batch: { from: number; commands: unknown[]; hash: string }): Promise<Answer<BatchAnswer>> {
    return this.request(API.commands(this.seat.code), batch);
  }

  private async request(path: string, body: unknown): Promise<Answer<BatchAnswer>> {
    try {
      const res = await this.deps.fetch(this.deps.base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [PARTICIPANT_HEADER]: this.seat.token },
        body: JSON.stringify(body),
      });
      if (res.status >= 500) return { ok: false, error: 'offline', message: `status ${res.status}` };
      return { ok: true, value: (await res.json()) as BatchAnswer };
    } catch {
      return { ok: false, error: 'offline', message: 'The room server cannot be reached.' };
    }
  }

  /** The live socket: the room's pacing arrives here; a drop is retried with growing pauses. */
  private connect(): void {
    if (this.stopped) return;
    const wsBase = this.deps.base ? this.deps.base.replace(/^http/, 'ws') : wsOrigin();
    const url = `${wsBase}${API.live(this.seat.code)}?role=participant&token=${encodeURIComponent(this.seat.token)}`;
    const ws = this.deps.openSocket(url);
    this.socket = ws;
    ws.onopen = () => {
      this.socketRetries = 0;
      this.patchRoom({ link: 'online' });
      void this.resync();
    };
    ws.onmessage = (e) => this.onLive(e.data);
    // A refused connection is followed by a close, which retries; the error itself says nothing more.
    ws.onerror = () => undefined;
    ws.onclose = () => {
      if (this.socket !== ws) return;
      this.socket = null;
      if (this.stopped) return;
      this.patchRoom({ link: 'offline' });
      const ms = RETRY_MS[Math.min(this.socketRetries++, RETRY_MS.length - 1)] ?? 8000;
      setTimeout(() => this.connect(), ms);
    };
  }

  private onLive(data: unknown): void {
    let msg: LiveMessage;
    try {
      msg = JSON.parse(String(data)) as LiveMessage;
    } catch {
      return;
    }
    if (msg.t !== 'room') return;
    const before = this.room();
    if (!before) return;
    this.deps.store.getState().setRoom({ ...before, info: msg.room });
    if (msg.room.ended && !before.info.ended)
      this.deps.store.getState().addNotice({ kind: 'room', event: 'ended' });
    if (msg.room.released > before.info.released) void this.resync();
  }
}

function wsOrigin(): string {
  const loc = globalThis.location;
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}`;
}
