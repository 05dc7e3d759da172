// `npm run bench:room`: a load benchmark of the room server (not a test): one process on SQLite,
// or several on one PostgreSQL (--store postgres --processes 2). N simulated Participants join
// one room, spread over the processes, and stream whole games of a level played by the bots,
// in the batches the game sends: first at a workshop's pace for a while, then as fast as they
// can. Prints ack latency p50/p99, commands per second, the CPU and memory of the room
// processes and of PostgreSQL, and proves nothing was lost: every process is killed, one is
// started again, and every stored game replays to the hash its participant reached.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedLevel } from '../levels/registry';
import { type BotBatches, botBatches } from '../room/bot-batches';
import { API, type CreatedRoom, type Joined, type MyGame, PARTICIPANT_HEADER } from '../room/protocol';
import { BOT_NAMES, gameHash } from '../sim';
import { parseArgs, usageError } from './args';
import { runMain } from './main';
import { type Postgres, startPostgres } from './postgres-process';
import { freePort, killHard, type Running, startServer } from './room-process';

const USAGE =
  'usage: npm run bench:room -- [--participants 300] [--pace-ms 1000] [--paced-s 20] [--level the-fair] [--store sqlite|postgres] [--processes 1]';
const HELP = `${USAGE}

  --participants  simulated participants in one room (default 300)
  --pace-ms       pause between one participant's batches in the paced part (default 1000:
                  a player at normal speed sends about one batch a second)
  --paced-s       length of the paced part in seconds (default 20); then as fast as possible
  --level         shipped level (default the-fair)
  --store         sqlite (default; one process) or postgres (a throwaway cluster of Debian's
                  PostgreSQL, or the server in TEST_DATABASE_URL)
  --processes     room-server processes on the one database (postgres only; default 1)`;

interface Person {
  /** The process this participant talks to. */
  base: string;
  token: string;
  run: BotBatches;
  next: number;
}

interface Usage {
  cpu: number;
  rssMb: number;
}

/** A process's CPU seconds (user + system) and resident memory in MB, from /proc. */
function usage(pid: number): Usage {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { cpu: ticks / 100, rssMb: Math.round(Number(rss?.[1] ?? 0) / 1024) };
  } catch {
    return { cpu: 0, rssMb: 0 };
  }
}

/** The process and all its descendants (PostgreSQL is a postmaster and its backends). */
function tree(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const all = [root];
  for (let i = 0; i < all.length; i++) for (const [pid, ppid] of parent) if (ppid === all[i]) all.push(pid);
  return all;
}

const sum = (pids: number[]): Usage =>
  pids.map(usage).reduce((a, u) => ({ cpu: a.cpu + u.cpu, rssMb: a.rssMb + u.rssMb }), { cpu: 0, rssMb: 0 });

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
async function sendNext(code: string, p: Person, counts: { commands: number }): Promise<number> {
  const batch = p.run.batches[p.next];
  if (!batch) return -1;
  const start = performance.now();
  const a = await post(p.base, API.commands(code), batch, p.token);
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
  dbCpu: number;
  dbRssMb: number;
}

/** What is measured: the room processes, and the database's processes (none for SQLite). */
interface Measured {
  rooms: () => number[];
  db: () => number[];
}

async function phase(
  name: string,
  m: Measured,
  body: (lat: number[], counts: { commands: number }) => Promise<void>,
): Promise<Phase> {
  const before = sum(m.rooms());
  const dbBefore = sum(m.db());
  const start = performance.now();
  const latency: number[] = [];
  const counts = { commands: 0 };
  await body(latency, counts);
  const seconds = (performance.now() - start) / 1000;
  const after = sum(m.rooms());
  const dbAfter = sum(m.db());
  return {
    name,
    seconds,
    batches: latency.length,
    commands: counts.commands,
    latency,
    cpu: after.cpu - before.cpu,
    rssMb: after.rssMb,
    dbCpu: dbAfter.cpu - dbBefore.cpu,
    dbRssMb: dbAfter.rssMb,
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
    databaseCpuPercent: Math.round((p.dbCpu / p.seconds) * 100),
    databaseRssMb: p.dbRssMb,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(
    process.argv.slice(2),
    {
      participants: 'int',
      'pace-ms': 'int',
      'paced-s': 'int',
      level: 'string',
      store: 'string',
      processes: 'int',
    },
    USAGE,
    HELP,
  );
  const n = Number(args.opts.participants ?? 300);
  const paceMs = Number(args.opts['pace-ms'] ?? 1000);
  const pacedS = Number(args.opts['paced-s'] ?? 20);
  const levelId = String(args.opts.level ?? 'the-fair');
  const store = String(args.opts.store ?? 'sqlite');
  const count = Number(args.opts.processes ?? 1);
  if (n < 1 || n > 2000) usageError('--participants must be from 1 to 2000', USAGE);
  if (store !== 'sqlite' && store !== 'postgres') usageError('--store is sqlite or postgres', USAGE);
  if (count < 1 || count > 8 || (store === 'sqlite' && count > 1))
    usageError('--processes is 1 to 8, and more than 1 needs --store postgres', USAGE);
  const level = shippedLevel(levelId);
  const dir = mkdtempSync(join(tmpdir(), 'room-load-'));
  const db = join(dir, 'rooms.sqlite');
  const pg: Postgres | null = store === 'postgres' ? await startPostgres() : null;
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  const start = (i: number) => startServer(db, ports[i] ?? 0, join(dir, 'no-dist'), pg?.url);
  let servers: Running[] = await Promise.all(ports.map((_, i) => start(i)));
  const measured: Measured = {
    rooms: () => servers.map((s) => s.proc.pid ?? 0),
    db: () => (pg?.pid ? tree(pg.pid) : []),
  };
  try {
    const first = servers[0] as Running;
    const created = (await post(first.url, API.rooms, { level: levelId, pacing: 'free', seed: 'load' }))
      .body as CreatedRoom;
    const code = created.room.code;
    const people: Person[] = [];
    for (let i = 0; i < n; i++) {
      const base = (servers[i % servers.length] as Running).url;
      const j = (await post(base, API.join(code), { nickname: `p${i}` })).body as Joined;
      const bot = BOT_NAMES[i % BOT_NAMES.length] ?? 'listener';
      people.push({ base, token: j.me.token, run: botBatches(level, 'load', bot), next: 0 });
    }
    const total = people.reduce((a, p) => a + p.run.batches.reduce((b, x) => b + x.commands.length, 0), 0);
    const paced = await phase('paced', measured, async (lat, counts) => {
      const end = performance.now() + pacedS * 1000;
      await Promise.all(
        people.map(async (p, i) => {
          await new Promise((r) => setTimeout(r, (i / n) * paceMs));
          while (performance.now() < end && p.next < p.run.batches.length) {
            lat.push(await sendNext(code, p, counts));
            await new Promise((r) => setTimeout(r, paceMs));
          }
        }),
      );
    });
    const fast = await phase('as fast as possible', measured, async (lat, counts) => {
      await Promise.all(
        people.map(async (p) => {
          while (p.next < p.run.batches.length) lat.push(await sendNext(code, p, counts));
        }),
      );
    });
    // What is stored, not what is in memory: every process is killed, one comes back and
    // rebuilds every game by replay.
    for (const s of servers) await killHard(s);
    servers = [await start(0)];
    let lost = 0;
    for (const p of people) {
      const res = await fetch((servers[0] as Running).url + API.me(code), {
        headers: { [PARTICIPANT_HEADER]: p.token },
      });
      const mine = (await res.json()) as MyGame;
      if (mine.hash !== gameHash(p.run.game)) lost++;
    }
    const out = {
      level: levelId,
      store,
      processes: count,
      participants: n,
      commandsPerGameAvg: Math.round(total / n),
      phases: [report(paced), report(fast)],
      gamesChecked: n,
      gamesDifferent: lost,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    if (lost > 0) process.exitCode = 1;
  } finally {
    for (const s of servers) await killHard(s);
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);
