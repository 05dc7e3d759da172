// A Participant's game and the room server's copy, for real: the game's own store and sync
// code in Node, the server as its own process. The server is killed in the middle; the game
// plays on offline and catches up when the server is back. A second device continues the same
// game with the personal code and no second entry appears.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { joinRequest, myGameRequest, type ParticipantDeps } from '../../src/room/participant';
import { API, type CreatedRoom, type ParticipantRow, TRAINER_HEADER } from '../../src/room/protocol';
import { RoomSync } from '../../src/room/sync';
import { botDecide, botStream, gameHash } from '../../src/sim';
import { createSession, levelById, type SessionStore } from '../../src/store/session';
import { defaultSettings } from '../../src/store/settings';
import { memoryStorage } from '../../src/store/storage';
import { call, freePort, killHard, type Running, startServer } from './server';

const dir = mkdtempSync(joinPath(tmpdir(), 'room-sync-'));
const db = joinPath(dir, 'rooms.sqlite');
let server: Running;
let port = 0;

beforeAll(async () => {
  port = await freePort();
  server = await startServer(db, port, joinPath(dir, 'no-dist'));
}, 60_000);

afterAll(async () => {
  await killHard(server);
  rmSync(dir, { recursive: true, force: true });
});

function device(): { store: SessionStore; deps: ParticipantDeps } {
  const store = createSession({ storage: memoryStorage(), defaults: defaultSettings(false, 'en') });
  const deps: ParticipantDeps = {
    store,
    storage: memoryStorage(),
    base: `http://127.0.0.1:${port}`,
    fetch,
    openSocket: (url) => new WebSocket(url) as unknown as ReturnType<ParticipantDeps['openSocket']>,
    levelById,
  };
  return { store, deps };
}

/** Waits for a condition the code guarantees to reach (polling, no fixed sleeps). */
async function until(test: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The bot plays `n` decisions on the device's game, as the store's bot mode does. */
function play(store: SessionStore, rng: ReturnType<typeof botStream>, n: number): void {
  const g = store.getState().game;
  if (!g) throw new Error('no game');
  for (let i = 0; i < n && g.state.phase !== 'ended'; i++) {
    botDecide(g, 'listener', rng, { fairTicks: 4 });
    store.setState((s) => ({ version: s.version + 1 }));
  }
}

describe('a participant through a server crash', () => {
  it('plays on offline, catches up, and continues on a second device', async () => {
    const created = (
      await call<CreatedRoom>(server.url, 'POST', API.rooms, { level: 'the-fair', pacing: 'free' })
    ).body;
    const code = created.room.code;
    const a = device();
    const joined = await joinRequest(a.deps, code, 'Iris');
    if (!joined.ok) throw new Error(joined.message);
    const seat = { code, token: joined.value.me.token };
    a.store
      .getState()
      .setRoom({ me: joined.value.me, info: joined.value.room, link: 'connecting', unsent: 0 });
    const sync = new RoomSync(a.deps, seat);
    await until(() => a.store.getState().game !== null, 'the room game');
    const rng = botStream(created.room.seed, 'listener');
    const serverHash = async () => {
      const m = await myGameRequest(a.deps, seat);
      return m.ok ? m.value.hash : null;
    };
    const local = () => gameHash(a.store.getState().game ?? (null as never));

    play(a.store, rng, 60);
    await until(async () => (await serverHash()) === local(), 'the server to hold the first part');

    await killHard(server);
    play(a.store, rng, 80);
    await until(() => a.store.getState().room?.link === 'offline', 'the game to notice the server is gone');
    expect(a.store.getState().game?.state.phase).not.toBe('plan');

    server = await startServer(db, port, joinPath(dir, 'no-dist'));
    await until(async () => (await serverHash()) === local(), 'the game to catch up after the restart');
    await until(() => a.store.getState().room?.link === 'online', 'the badge to say online again');

    // The same participant on a second device: the server's copy, the same hash, one entry.
    const b = device();
    b.store
      .getState()
      .setRoom({ me: joined.value.me, info: joined.value.room, link: 'connecting', unsent: 0 });
    const syncB = new RoomSync(b.deps, seat);
    await until(() => b.store.getState().game !== null, 'the second device to take the room game');
    expect(gameHash(b.store.getState().game ?? (null as never))).toBe(local());
    sync.stop();
    const rngB = botStream(created.room.seed, 'listener');
    // Finish on the second device (a fresh bot stream: its choices only need to be valid).
    const gb = b.store.getState().game;
    while (gb && gb.state.phase !== 'ended') {
      botDecide(gb, 'listener', rngB, { fairTicks: 8 });
      b.store.setState((s) => ({ version: s.version + 1 }));
    }
    await until(
      async () => (await serverHash()) === gameHash(gb ?? (null as never)),
      'the finished game on the server',
    );
    const monitor = await call<{ rows: ParticipantRow[] }>(server.url, 'GET', API.monitor(code), undefined, {
      [TRAINER_HEADER]: created.trainerKey,
    });
    expect(monitor.body.rows).toHaveLength(1);
    expect(monitor.body.rows[0]).toMatchObject({ nickname: 'Iris', phase: 'ended' });
    syncB.stop();
  });

  it('holds the plan until the trainer releases the season', async () => {
    const created = (
      await call<CreatedRoom>(server.url, 'POST', API.rooms, { level: 'tutorial', pacing: 'hold' })
    ).body;
    const code = created.room.code;
    const a = device();
    const joined = await joinRequest(a.deps, code, 'Tom');
    if (!joined.ok) throw new Error(joined.message);
    a.store
      .getState()
      .setRoom({ me: joined.value.me, info: joined.value.room, link: 'connecting', unsent: 0 });
    const sync = new RoomSync(a.deps, { code, token: joined.value.me.token });
    await until(
      () => a.store.getState().room?.link === 'online' && a.store.getState().game !== null,
      'online',
    );
    const g = a.store.getState().game;
    if (!g) throw new Error('no game');
    // The bot's plan goes through the store's dispatch, which the room holds.
    const planOf = () => {
      const probe = structuredClone(g.state);
      const copy = { ...g, state: probe, log: [...g.log] };
      botDecide(copy, 'listener', botStream(created.room.seed, 'listener'));
      return copy.log[copy.log.length - 1];
    };
    const plan = planOf();
    if (plan?.type !== 'plan') throw new Error('the bot did not plan');
    expect(a.store.getState().dispatch(plan).ok).toBe(false);
    await call(
      server.url,
      'POST',
      API.release(code),
      { season: 1 },
      { [TRAINER_HEADER]: created.trainerKey },
    );
    await until(() => a.store.getState().room?.info.released === 1, 'the release to arrive live');
    expect(a.store.getState().dispatch(plan).ok).toBe(true);
    sync.stop();
  });
});
