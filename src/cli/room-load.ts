// `npm run bench:room`: a load benchmark of one room-server process (not a test). N simulated
// Participants join one room and stream whole games of a level played by the bots, in the
// batches the game sends: first at a workshop's pace for a while, then as fast as they can.
// Prints ack latency p50/p99, commands per second, the server's CPU and memory, and proves
// nothing was lost: the server is killed, and every stored game replays to the hash its participant reached.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedLevel } from '../levels/registry';
import { type BotBatches, botBatches } from '../room/bot-batches';
import { API, type CreatedRoom, type Joined, type MyGame, PARTICIPANT_HEADER } from '../room/protocol';
import { BOT_NAMES, gameHash } from '../sim';
import { parseArgs, usageError } from './args';
import { runMain } from './main';
import { freePort, killHard, startServer } from './room-process';

const USAGE =
  'usage: npm run bench:room -- [--participants 300] [--pace-ms 1000] [--paced-s 20] [--level the-fair]';
const HELP = `${USAGE}

  --participants  simulated participants in one room (default 300)
  --pace-ms       pause between one participant's batches in the paced part (default 1000:
                  a player at normal speed sends about one batch a second)
  --paced-s       length of the paced part in seconds (default 20); then as fast as possible
  --level         shipped level (default the-fair)`;

interface Person {
  token: string;
  run: BotBatches;
  next: number;
}

/** The server process's CPU seconds (user + system) and resident memory in MB, from /proc. */
function usage(pid: number): { cpu: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpu: ticks / 100, rssMb: Math.round(Number(rss?.[1] ?? 0) / 1024) };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function post(
  base: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers[PARTICIPANT_HEADER] = token;
  const res = await fetch(base + path, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

/** Sends one participant's next batch; the latency of its acknowledgement in ms. */
async function sendNext(
  base: string,
  code: string,
  p: Person,
  counts: { commands: number },
): Promise<number> {
  const batch = p.run.batches[p.next];
  if (!batch) return -1;
  const start = performance.now();
  const a = await post(base, API.commands(code), batch, p.token);
  const ms = performance.now() - start;
  if (a.status !== 200) throw new Error(`batch ${p.next} refused: ${JSON.stringify(a.body)}`);
  p.next++;
  counts.commands += batch.commands.length;
  return ms;
}

interface Phase {
  name: string;
  seconds: number;
  batches: number;
  commands: number;
  latency: number[];
  cpu: number;
  rssMb: number;
}

async function phase(
  name: string,
  pid: number,
  body: (lat: number[], counts: { commands: number }) => Promise<void>,
): Promise<Phase> {
  const before = usage(pid);
  const start = performance.now();
  const latency: number[] = [];
  const counts = { commands: 0 };
  await body(latency, counts);
  const seconds = (performance.now() - start) / 1000;
  const after = usage(pid);
  return {
    name,
    seconds,
    batches: latency.length,
    commands: counts.commands,
    latency,
    cpu: after.cpu - before.cpu,
    rssMb: after.rssMb,
  };
}

function report(p: Phase): Record<string, number | string> {
  const sorted = [...p.latency].sort((a, b) => a - b);
  return {
    phase: p.name,
    seconds: Math.round(p.seconds * 10) / 10,
    batches: p.batches,
    commandsPerSecond: Math.round(p.commands / p.seconds),
    batchesPerSecond: Math.round(p.batches / p.seconds),
    ackP50ms: Math.round(pct(sorted, 0.5) * 10) / 10,
    ackP99ms: Math.round(pct(sorted, 0.99) * 10) / 10,
    serverCpuPercent: Math.round((p.cpu / p.seconds) * 100),
    serverRssMb: p.rssMb,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(
    process.argv.slice(2),
    { participants: 'int', 'pace-ms': 'int', 'paced-s': 'int', level: 'string' },
    USAGE,
    HELP,
  );
  const n = Number(args.opts.participants ?? 300);
  const paceMs = Number(args.opts['pace-ms'] ?? 1000);
  const pacedS = Number(args.opts['paced-s'] ?? 20);
  const levelId = String(args.opts.level ?? 'the-fair');
  if (n < 1 || n > 2000) usageError('--participants must be from 1 to 2000', USAGE);
  const level = shippedLevel(levelId);
  const dir = mkdtempSync(join(tmpdir(), 'room-load-'));
  const db = join(dir, 'rooms.sqlite');
  const port = await freePort();
  let server = await startServer(db, port, join(dir, 'no-dist'));
  const pid = server.proc.pid ?? 0;
  try {
    const created = (await post(server.url, API.rooms, { level: levelId, pacing: 'free', seed: 'load' }))
      .body as CreatedRoom;
    const code = created.room.code;
    const people: Person[] = [];
    for (let i = 0; i < n; i++) {
      const j = (await post(server.url, API.join(code), { nickname: `p${i}` })).body as Joined;
      const bot = BOT_NAMES[i % BOT_NAMES.length] ?? 'listener';
      people.push({ token: j.me.token, run: botBatches(level, 'load', bot), next: 0 });
    }
    const total = people.reduce((a, p) => a + p.run.batches.reduce((b, x) => b + x.commands.length, 0), 0);
    const paced = await phase('paced', pid, async (lat, counts) => {
      const end = performance.now() + pacedS * 1000;
      await Promise.all(
        people.map(async (p, i) => {
          await new Promise((r) => setTimeout(r, (i / n) * paceMs));
          while (performance.now() < end && p.next < p.run.batches.length) {
            lat.push(await sendNext(server.url, code, p, counts));
            await new Promise((r) => setTimeout(r, paceMs));
          }
        }),
      );
    });
    const fast = await phase('as fast as possible', pid, async (lat, counts) => {
      await Promise.all(
        people.map(async (p) => {
          while (p.next < p.run.batches.length) lat.push(await sendNext(server.url, code, p, counts));
        }),
      );
    });
    // What is stored, not what is in memory: the server is killed and rebuilds every game by replay.
    await killHard(server);
    server = await startServer(db, port, join(dir, 'no-dist'));
    let lost = 0;
    for (const p of people) {
      const res = await fetch(server.url + API.me(code), { headers: { [PARTICIPANT_HEADER]: p.token } });
      const mine = (await res.json()) as MyGame;
      if (mine.hash !== gameHash(p.run.game)) lost++;
    }
    const out = {
      level: levelId,
      participants: n,
      commandsPerGameAvg: Math.round(total / n),
      phases: [report(paced), report(fast)],
      gamesChecked: n,
      gamesDifferent: lost,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    if (lost > 0) process.exitCode = 1;
  } finally {
    await killHard(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);
