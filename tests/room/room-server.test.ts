// The room server, for real: a separate process on a SQLite file, spoken to over HTTP and
// WebSocket. Commands are checked by the server's own replay (order, validity, the room's
// hold); a participant's game there reaches the hash the browser's does; kill -9 in the middle
// loses nothing, and the restarted server rebuilds every room and participant by replay. All of
// it twice: on the embedded SQLite file and on a real PostgreSQL (DATABASE_URL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import {
  API,
  type BatchAnswer,
  type CreatedRoom,
  type Joined,
  type MyGame,
  PARTICIPANT_HEADER,
  type ParticipantRow,
  type RoomRun,
  TRAINER_HEADER,
} from '../../src/room/protocol';
import { gameHash, verifyReplay } from '../../src/sim';
import { type Postgres, startPostgres } from './postgres';
import { call, freePort, killHard, LiveClient, type Running, startServer } from './server';
import { streamBot } from './stream';

const dir = mkdtempSync(joinPath(tmpdir(), 'room-test-'));
const db = joinPath(dir, 'rooms.sqlite');
let port = 0;
let server: Running;
let pgUrl: string | undefined;
const base = () => server.url;
const start = () => startServer(db, port, joinPath(dir, 'no-dist'), pgUrl);

async function createRoom(level: string, pacing: 'free' | 'hold', seed?: string): Promise<CreatedRoom> {
  const r = await call<CreatedRoom>(base(), 'POST', API.rooms, { level, pacing, seed });
  expect(r.status).toBe(201);
  return r.body;
}

async function join(code: string, nickname: string): Promise<Joined> {
  const r = await call<Joined>(base(), 'POST', API.join(code), { nickname });
  expect(r.status).toBe(201);
  return r.body;
}

const send = (code: string, token: string, batch: unknown) =>
  call<BatchAnswer>(base(), 'POST', API.commands(code), batch, { [PARTICIPANT_HEADER]: token });

let postgres: Postgres | null = null;

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.each(['sqlite', 'postgres'] as const)('on %s', (store) => {
  beforeAll(async () => {
    port = await freePort();
    postgres = store === 'postgres' ? await startPostgres() : null;
    pgUrl = postgres?.url;
    server = await start();
  }, 120_000);

  afterAll(async () => {
    await killHard(server);
    await postgres?.stop();
  }, 60_000);

  describe('a participant plays through the room', () => {
    it('reaches the same hash on the server as in the browser, batch by batch', async () => {
      const { room } = await createRoom('the-fair', 'free', 'workshop-1');
      const { me } = await join(room.code, 'Sam');
      const { game, batches } = streamBot('the-fair', 'workshop-1', 'listener');
      for (const b of batches) {
        const a = await send(room.code, me.token, b);
        expect(a.body).toMatchObject({ ok: true, seq: b.from + b.commands.length, match: true });
      }
      const mine = await call<MyGame>(base(), 'GET', API.me(room.code), undefined, {
        [PARTICIPANT_HEADER]: me.token,
      });
      expect(mine.body.hash).toBe(gameHash(game));
      const replay = {
        simVersion: room.simVersion,
        level: room.level,
        seed: room.seed,
        commands: mine.body.commands,
        hash: gameHash(game),
      };
      expect(verifyReplay(shippedLevel('the-fair'), replay).ok).toBe(true);
    });

    it('refuses an invalid command with its reason and keeps what came before it', async () => {
      const { room } = await createRoom('tutorial', 'free');
      const { me } = await join(room.code, 'Ada');
      const { batches } = streamBot('tutorial', room.seed, 'listener');
      const first = batches[0];
      if (!first) throw new Error('no batch');
      const bad = { from: 0, commands: [...first.commands.slice(0, 1), { type: 'followUp', lead: 999 }] };
      const a = await send(room.code, me.token, bad);
      expect(a.status).toBe(409);
      expect(a.body).toMatchObject({ ok: false, error: 'invalid', seq: 1, at: 1 });
      expect((a.body as { reason: string }).reason).toMatch(/unknown-lead|wrong-phase/);
      const again = await send(room.code, me.token, { from: 5, commands: [] });
      expect(again.body).toEqual({ ok: false, error: 'out-of-order', seq: 1 });
    });

    it('takes a batch sent twice once (a lost answer), and refuses one that contradicts it', async () => {
      const { room } = await createRoom('tutorial', 'free');
      const { me } = await join(room.code, 'Bo');
      const { batches } = streamBot('tutorial', room.seed, 'pusher');
      const [b0, b1] = batches;
      if (!b0 || !b1) throw new Error('too few batches');
      await send(room.code, me.token, b0);
      const twice = await send(room.code, me.token, b0);
      expect(twice.body).toMatchObject({ ok: true, seq: b0.commands.length });
      const overlapping = { from: 0, commands: [...b0.commands, ...b1.commands] };
      expect((await send(room.code, me.token, overlapping)).body).toMatchObject({
        ok: true,
        seq: b0.commands.length + b1.commands.length,
      });
      const contradicting = { from: 0, commands: [{ type: 'advance', steps: 3 }] };
      expect((await send(room.code, me.token, contradicting)).body).toMatchObject({
        ok: false,
        error: 'out-of-order',
      });
    });

    it('holds a season until the trainer releases it, and only the trainer can', async () => {
      const created = await createRoom('tutorial', 'hold');
      const code = created.room.code;
      const { me } = await join(code, 'Kim');
      const { batches } = streamBot('tutorial', created.room.seed, 'listener');
      const b0 = batches[0];
      if (!b0) throw new Error('no batch');
      expect((await send(code, me.token, b0)).body).toEqual({ ok: false, error: 'held', seq: 0, season: 1 });
      const intruder = await call(
        base(),
        'POST',
        API.release(code),
        { season: 1 },
        { [TRAINER_HEADER]: 'x'.repeat(24) },
      );
      expect(intruder.status).toBe(403);
      const rel = await call(
        base(),
        'POST',
        API.release(code),
        { season: 1 },
        { [TRAINER_HEADER]: created.trainerKey },
      );
      expect(rel.body).toMatchObject({ released: 1 });
      expect((await send(code, me.token, b0)).body).toMatchObject({ ok: true });
    });

    it('pauses a free room at the next season start and lets it play on', async () => {
      const created = await createRoom('the-fair', 'free');
      const code = created.room.code;
      const trainer = { [TRAINER_HEADER]: created.trainerKey };
      const ahead = await join(code, 'Ahead');
      const behind = await join(code, 'Behind');
      const { batches } = streamBot('the-fair', created.room.seed, 'listener');
      // The batch in which the plan of season 2 is made, and everything before it.
      let plans = 0;
      const k = batches.findIndex((b) => b.commands.some((c) => c.type === 'plan' && ++plans === 2));
      expect(k).toBeGreaterThan(0);
      for (const b of batches.slice(0, k))
        expect((await send(code, ahead.me.token, b)).body).toMatchObject({ ok: true });
      const intruder = await call(base(), 'POST', API.pause(code), {}, { [TRAINER_HEADER]: 'y'.repeat(24) });
      expect(intruder.status).toBe(403);
      const paused = await call(base(), 'POST', API.pause(code), {}, trainer);
      // "Ahead" began season 1, so season 1 stays open and season 2 waits.
      expect(paused.body).toMatchObject({ pacing: 'hold', released: 1 });
      const held = (await send(code, ahead.me.token, batches[k])).body;
      expect(held).toMatchObject({ ok: false, error: 'held', season: 2 });
      expect((await send(code, behind.me.token, batches[0])).body).toMatchObject({ ok: true });
      const free = await call(base(), 'POST', API.release(code), { season: 4 }, trainer);
      expect(free.body).toMatchObject({ released: 4 });
      const seq = held.ok === false ? held.seq : 0;
      const b = batches[k];
      if (!b) throw new Error('no batch');
      const rest = { from: seq, commands: b.commands.slice(seq - b.from), hash: b.hash };
      expect((await send(code, ahead.me.token, rest)).body).toMatchObject({ ok: true });
    });

    it('refuses everything after the session ends', async () => {
      const created = await createRoom('tutorial', 'free');
      const code = created.room.code;
      const { me } = await join(code, 'Lee');
      await call(base(), 'POST', API.end(code), {}, { [TRAINER_HEADER]: created.trainerKey });
      const b = streamBot('tutorial', created.room.seed, 'listener').batches[0];
      expect((await send(code, me.token, b)).body).toEqual({ ok: false, error: 'room-ended', seq: 0 });
      const late = await call(base(), 'POST', API.join(code), { nickname: 'Late' });
      expect(late.body).toMatchObject({ error: 'room-ended' });
    });
  });

  describe('who may join and see what', () => {
    it('keeps nicknames as text, refuses a taken or empty one, and hides other games', async () => {
      const created = await createRoom('tutorial', 'free');
      const code = created.room.code;
      const a = await join(code, '  <b onclick=x>Jo</b>  ');
      expect(a.me.nickname).toBe('<b onclick=x>Jo</b>');
      const taken = await call(base(), 'POST', API.join(code), { nickname: '<B onclick=x>jo</b>' });
      expect(taken.status).toBe(409);
      for (const nickname of ['', '   ', 'x'.repeat(25), 'a\u0000b', 42])
        expect((await call(base(), 'POST', API.join(code), { nickname })).body).toMatchObject({
          error: 'bad-nickname',
        });
      const runs = await call(base(), 'GET', API.runs(code), undefined, { [PARTICIPANT_HEADER]: a.me.token });
      expect(runs.status).toBe(403);
      const monitor = await call(base(), 'GET', API.monitor(code));
      expect(monitor.body).toMatchObject({ error: 'bad-key' });
      expect((await call(base(), 'GET', API.room('ZZZZZ'))).status).toBe(404);
      expect((await call(base(), 'GET', API.room('../../etc'))).status).toBe(404);
      const garbage = await fetch(base() + API.commands(code), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [PARTICIPANT_HEADER]: a.me.token },
        body: '{"from": 0, "commands": [',
      });
      expect(garbage.status).toBe(400);
      expect(await garbage.json()).toMatchObject({ error: 'bad-request' });
    });

    it('tells the trainer live who is connected and where they are', async () => {
      const created = await createRoom('tutorial', 'free');
      const code = created.room.code;
      const wsBase = base().replace('http', 'ws');
      const bad = new LiveClient(`${wsBase}${API.live(code)}?role=trainer&key=nope`);
      expect((await bad.whenClosed()).code).toBe(4403);
      const trainer = new LiveClient(`${wsBase}${API.live(code)}?role=trainer&key=${created.trainerKey}`);
      await trainer.next((m) => m.t === 'roster');
      const { me } = await join(code, 'Noor');
      const player = new LiveClient(`${wsBase}${API.live(code)}?role=participant&token=${me.token}`);
      await player.next((m) => m.t === 'room');
      const isNoor = (m: { t: string; row?: ParticipantRow }, test: (r: ParticipantRow) => boolean) =>
        m.t === 'row' && m.row !== undefined && m.row.nickname === 'Noor' && test(m.row);
      await trainer.next((m) => isNoor(m as { t: string; row?: ParticipantRow }, (r) => r.connected));
      const { batches, game } = streamBot('tutorial', created.room.seed, 'listener');
      for (const b of batches) await send(code, me.token, b);
      const done = await trainer.next((m) =>
        isNoor(m as { t: string; row?: ParticipantRow }, (r) => r.phase === 'ended'),
      );
      expect((done as { row: ParticipantRow }).row.hash).toBe(gameHash(game));
      player.close();
      await trainer.next((m) =>
        isNoor(m as { t: string; row?: ParticipantRow }, (r) => !r.connected && r.phase === 'ended'),
      );
      trainer.close();
    });
  });

  describe('kill -9 in the middle of a workshop', () => {
    it('comes back with every room and participant rebuilt by replay, and nothing lost', async () => {
      const created = await createRoom('the-fair', 'hold', 'crash-test');
      const code = created.room.code;
      const key = { [TRAINER_HEADER]: created.trainerKey };
      await call(base(), 'POST', API.release(code), { season: 4 }, key);
      const bots = ['listener', 'pusher', 'balanced', 'random'] as const;
      const players = await Promise.all(bots.map((b, i) => join(code, `${b}-${i}`)));
      const streams = bots.map((b) => streamBot('the-fair', 'crash-test', b));
      const sent = streams.map(() => 0);
      // Half of every game, acknowledged.
      await Promise.all(
        streams.map(async (s, i) => {
          const half = Math.floor(s.batches.length / 2);
          for (const b of s.batches.slice(0, half)) {
            const a = await send(code, players[i]?.me.token ?? '', b);
            expect(a.body).toMatchObject({ ok: true });
          }
          sent[i] = half;
        }),
      );
      const before = await call<{ rows: ParticipantRow[] }>(base(), 'GET', API.monitor(code), undefined, key);
      await killHard(server);
      server = await start();
      expect(server.output()).toMatch(/participants/);
      const after = await call<{ rows: ParticipantRow[] }>(base(), 'GET', API.monitor(code), undefined, key);
      const strip = (rows: ParticipantRow[]) => rows.map(({ connected: _c, ...r }) => r);
      expect(strip(after.body.rows)).toEqual(strip(before.body.rows));
      // Everyone finishes on the restarted server with the hash their own game reached.
      await Promise.all(
        streams.map(async (s, i) => {
          for (const b of s.batches.slice(sent[i])) await send(code, players[i]?.me.token ?? '', b);
        }),
      );
      const runs = await call<RoomRun[]>(base(), 'GET', API.runs(code), undefined, key);
      expect(runs.body).toHaveLength(bots.length);
      for (const run of runs.body) {
        const i = players.findIndex((p) => p.me.id === run.id);
        const want = gameHash(streams[i]?.game ?? (null as never));
        expect(run.replay.hash).toBe(want);
        const v = verifyReplay(shippedLevel('the-fair'), run.replay);
        expect(v.ok).toBe(true);
      }
    });
  });
});
