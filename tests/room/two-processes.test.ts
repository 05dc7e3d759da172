// Two room-server processes on one PostgreSQL database, for real: participants split across
// them (one switching process every batch), a trainer on the first who sees live what happens
// on the second, two processes racing for the same command number (the database decides), and
// the second process killed with SIGKILL mid-game; its participants carry on through the first,
// and everyone finishes with the hash a Node replay gives. Restarted, it serves the same runs.
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
import { type BotName, gameHash, verifyReplay } from '../../src/sim';
import { type Postgres, startPostgres } from './postgres';
import { call, freePort, killHard, LiveClient, type Running, startServer } from './server';
import { type Streamed, streamBot } from './stream';

const dir = mkdtempSync(joinPath(tmpdir(), 'room-two-'));
const nodist = joinPath(dir, 'no-dist');
let postgres: Postgres;
let a: Running;
let b: Running;
let portB = 0;

beforeAll(async () => {
  postgres = await startPostgres();
  a = await startServer(joinPath(dir, 'unused-a.sqlite'), await freePort(), nodist, postgres.url);
  portB = await freePort();
  b = await startServer(joinPath(dir, 'unused-b.sqlite'), portB, nodist, postgres.url);
}, 120_000);

afterAll(async () => {
  await killHard(a);
  await killHard(b);
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

const SEED = 'two-processes';
const send = (base: string, code: string, token: string, batch: unknown) =>
  call<BatchAnswer>(base, 'POST', API.commands(code), batch, { [PARTICIPANT_HEADER]: token });

interface Player {
  name: string;
  me: Joined['me'];
  stream: Streamed;
  /** The process each batch goes to, by batch number. */
  via: (i: number) => string;
  sent: number;
}

/** Sends batches [sent, until) through the player's processes; every one must be accepted. */
async function play(code: string, p: Player, until: number): Promise<void> {
  for (; p.sent < until; p.sent++) {
    const batch = p.stream.batches[p.sent];
    const answer = await send(p.via(p.sent), code, p.me.token, batch);
    expect(answer.body, `${p.name} batch ${p.sent}`).toMatchObject({ ok: true, match: true });
  }
}

const rowOf = (m: unknown, name: string) => {
  const msg = m as { t: string; row?: ParticipantRow };
  return msg.t === 'row' && msg.row?.nickname === name ? msg.row : null;
};

describe('two room-server processes on one PostgreSQL', () => {
  it('share the room live, keep each participant in order, and survive losing one', async () => {
    const created = (await call<CreatedRoom>(a.url, 'POST', API.rooms, { level: 'the-fair', seed: SEED }))
      .body;
    const code = created.room.code;
    const key = { [TRAINER_HEADER]: created.trainerKey };
    const trainer = new LiveClient(
      `${a.url.replace('http', 'ws')}${API.live(code)}?role=trainer&key=${created.trainerKey}`,
    );
    await trainer.next((m) => m.t === 'roster');

    // Three join through A, three through B (B has never seen the room: it finds it in the database).
    const bots: BotName[] = ['listener', 'pusher', 'balanced', 'random', 'listener', 'pusher'];
    const players: Player[] = [];
    for (const [i, bot] of bots.entries()) {
      const home = i < 3 ? a.url : b.url;
      const name = `${bot}-${i}`;
      const joined = (await call<Joined>(home, 'POST', API.join(code), { nickname: name })).body;
      const via = i === 2 ? (n: number) => (n % 2 === 0 ? a.url : b.url) : () => home;
      players.push({ name, me: joined.me, stream: streamBot('the-fair', SEED, bot), via, sent: 0 });
    }
    // A nickname taken through one process is refused through the other.
    expect((await call(b.url, 'POST', API.join(code), { nickname: 'LISTENER-0' })).status).toBe(409);

    // B's participants keep a live socket on B: the trainer on A sees them connected.
    const onB = players
      .slice(3)
      .map(
        (p) =>
          new LiveClient(
            `${b.url.replace('http', 'ws')}${API.live(code)}?role=participant&token=${p.me.token}`,
          ),
      );
    for (const p of players.slice(3)) await trainer.next((m) => rowOf(m, p.name)?.connected === true);

    // Half of every game, at the same time, each through its own process (one alternating).
    await Promise.all(players.map((p) => play(code, p, Math.floor(p.stream.batches.length / 2))));
    // The trainer on A saw B's participants' progress live.
    const last = players[5] as Player;
    const lastBatch = last.stream.batches[last.sent - 1];
    const want = (lastBatch?.from ?? 0) + (lastBatch?.commands.length ?? 0);
    await trainer.next((m) => rowOf(m, last.name)?.seq === want);

    // Two processes race for the same first command of one participant, with different plans:
    // the database lets exactly one win, and the other is told to resend from what is stored.
    const racer = (await call<Joined>(a.url, 'POST', API.join(code), { nickname: 'racer' })).body.me;
    const mine = streamBot('the-fair', SEED, 'listener').batches[0];
    const theirs = streamBot('the-fair', SEED, 'pusher').batches[0];
    if (!mine || !theirs) throw new Error('no first batch');
    expect(JSON.stringify(mine.commands)).not.toBe(JSON.stringify(theirs.commands));
    const [x, y] = await Promise.all([
      send(a.url, code, racer.token, mine),
      send(b.url, code, racer.token, theirs),
    ]);
    const answers = [x.body, y.body];
    expect(answers.filter((r) => r.ok)).toHaveLength(1);
    expect(answers.filter((r) => !r.ok)).toMatchObject([{ ok: false, error: 'out-of-order' }]);
    const stored = await call<MyGame>(b.url, 'GET', API.me(code), undefined, {
      [PARTICIPANT_HEADER]: racer.token,
    });
    const winner = x.body.ok ? mine : theirs;
    expect(stored.body.commands).toEqual(winner.commands);

    // B is killed in the middle; its participants carry on through A from what is stored.
    await killHard(b);
    for (const p of players.slice(3)) {
      const mine = await call<MyGame>(a.url, 'GET', API.me(code), undefined, {
        [PARTICIPANT_HEADER]: p.me.token,
      });
      expect(mine.body.seq).toBe(p.stream.batches[p.sent]?.from);
      p.via = () => a.url;
    }
    (players[2] as Player).via = () => a.url;
    // With B gone, its connections go off the trainer's monitor by themselves.
    for (const p of players.slice(3)) await trainer.next((m) => rowOf(m, p.name)?.connected === false);
    await Promise.all(players.map((p) => play(code, p, p.stream.batches.length)));

    const runs = (await call<RoomRun[]>(a.url, 'GET', API.runs(code), undefined, key)).body;
    expect(runs).toHaveLength(players.length + 1);
    for (const p of players) {
      const run = runs.find((r) => r.id === p.me.id);
      expect(run?.replay.hash).toBe(gameHash(p.stream.game));
      expect(verifyReplay(shippedLevel('the-fair'), run?.replay as RoomRun['replay']).ok).toBe(true);
    }

    // B started again serves the same runs, rebuilt by replay from the database.
    b = await startServer(joinPath(dir, 'unused-b.sqlite'), portB, nodist, postgres.url);
    const fromB = (await call<RoomRun[]>(b.url, 'GET', API.runs(code), undefined, key)).body;
    expect(fromB.map((r) => r.replay.hash)).toEqual(runs.map((r) => r.replay.hash));
    for (const c of onB) c.close();
    trainer.close();
  }, 240_000);
});
