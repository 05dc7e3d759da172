// Speed of two versions of the simulation side by side: `node scripts/bench-ab.mjs <old tree>
// <new tree> [level] [--rounds N]` bundles each tree's sim with esbuild and loads each bundle
// in a child process of its own, so neither version runs in the other's warmed-up engine (one
// shared process favoured the bundle loaded first by 2–4 %, measured with the same tree on
// both sides). The children play the bots' games in turn, never at once, in alternating order;
// each measures its own CPU time per season played; both are pinned to the same core. Printed per bot: the median of N batch
// pairs (default 12) with the ratios at the 1st and 9th tenth, and the geometric mean of the
// bots' medians. Run it with a tree against itself to see the noise floor of the machine.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BOTS = ['pusher', 'listener', 'balanced', 'listener-no-followup', 'random'];
const BATCH = 40;

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await parent(process.argv.slice(2));

/** A child: loads one bundle, then plays the batches the parent asks for. */
async function child(bundle, level) {
  const m = await import(bundle);
  let L;
  try {
    L = m.shippedLevel(level);
  } catch (e) {
    process.stderr.write(`bench-ab: ${e instanceof Error ? e.message : e}\n`);
    process.exit(2);
  }
  process.on('message', ({ bot, from, n }) => {
    const t0 = process.cpuUsage();
    let seasons = 0;
    for (let i = 0; i < n; i++) seasons += m.runBot(L, `ab-${from + i}`, bot).state.history.length;
    const t = process.cpuUsage(t0);
    process.send((t.user + t.system) / 1000 / seasons);
  });
  process.send('ready');
}

function bundleOf(tree, name, dir) {
  const entry = join(dir, `${name}.ts`);
  const root = resolve(tree);
  writeFileSync(
    entry,
    `export { runBot } from '${root}/src/sim';\nexport { shippedLevel } from '${root}/src/levels/registry';\n`,
  );
  const out = join(dir, `${name}.mjs`);
  // A tree without node_modules of its own (a fresh `git worktree`) takes this project's.
  const env = { ...process.env, NODE_PATH: resolve('node_modules') };
  try {
    execFileSync(
      resolve('node_modules/.bin/esbuild'),
      [entry, '--bundle', '--platform=node', '--format=esm', `--outfile=${out}`, '--log-level=error'],
      { env, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (e) {
    const why = String(e.stderr ?? '')
      .trim()
      .split('\n')
      .slice(0, 6)
      .join('\n');
    process.stderr.write(
      `bench-ab: cannot build the sim of ${root} (is it a tree of this project?)\n${why}\n`,
    );
    process.exit(2);
  }
  return out;
}

/** A child process for one bundle, and a function that runs one batch in it. */
async function side(bundle, level) {
  // Both children on one core (where `taskset` exists): the cores of a shared machine are not
  // equally fast, and a child kept on the slower one looked slower by up to a third.
  const args = ['--single-threaded', fileURLToPath(import.meta.url), '--child', bundle, level];
  const pinned = spawnSync('taskset', ['--version']).status === 0;
  const proc = pinned
    ? spawn('taskset', ['-c', '0', process.execPath, ...args], {
        stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      })
    : spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  // A child that dies (an unknown level, a crash in the tree's sim) ends the run, plainly.
  proc.on('exit', (code) => {
    if (code === 0 || code === null) return;
    process.stderr.write(`bench-ab: the run of ${bundle} stopped (exit ${code})\n`);
    process.exit(2);
  });
  const replies = [];
  let waiting = null;
  proc.on('message', (msg) => {
    if (!waiting) return replies.push(msg);
    const resolve = waiting;
    waiting = null;
    resolve(msg);
  });
  const reply = () => {
    if (replies.length) return Promise.resolve(replies.shift());
    return new Promise((resolve) => {
      waiting = resolve;
    });
  };
  await reply();
  return {
    run: (bot, from, n) => {
      proc.send({ bot, from, n });
      return reply();
    },
    stop: () => proc.kill(),
  };
}

async function parent(args) {
  const flag = args.indexOf('--rounds');
  const rounds = flag >= 0 ? Number(args.splice(flag, 2)[1]) : 12;
  const [oldTree, newTree, level = 'the-fair'] = args;
  if (!oldTree || !newTree || !(rounds >= 4)) {
    process.stderr.write('usage: node scripts/bench-ab.mjs <old tree> <new tree> [level] [--rounds N ≥ 4]\n');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-ab-'));
  const a = await side(bundleOf(oldTree, 'old', dir), level);
  const b = await side(bundleOf(newTree, 'new', dir), level);
  const rows = [];
  let logSum = 0;
  for (const bot of BOTS) {
    await a.run(bot, 0, 30);
    await b.run(bot, 0, 30);
    const r = await pairs(a, b, bot, rounds);
    logSum += Math.log(r.median);
    rows.push(
      `${bot.padEnd(22)} ${r.old.toFixed(3).padStart(8)} ${r.new.toFixed(3).padStart(8)}   ${r.median.toFixed(3)}  (${r.lo.toFixed(2)}–${r.hi.toFixed(2)})`,
    );
  }
  a.stop();
  b.stop();
  process.stdout.write(
    `${level}: CPU ms per season played, ${rounds} alternating batch pairs of ${BATCH} games per bot\n` +
      `${'bot'.padEnd(22)} ${'old'.padStart(8)} ${'new'.padStart(8)}   new/old (1st–9th tenth)\n` +
      `${rows.join('\n')}\ngeometric mean of the medians: ${Math.exp(logSum / BOTS.length).toFixed(3)}\n`,
  );
}

/** Alternating batches of one bot on both sides: mean times and the spread of the ratios. */
async function pairs(a, b, bot, rounds) {
  const ratios = [];
  let old = 0;
  let now = 0;
  for (let round = 0; round < rounds; round++) {
    const from = round * BATCH;
    let ta;
    let tb;
    if (round % 2 === 0) {
      ta = await a.run(bot, from, BATCH);
      tb = await b.run(bot, from, BATCH);
    } else {
      tb = await b.run(bot, from, BATCH);
      ta = await a.run(bot, from, BATCH);
    }
    ratios.push(tb / ta);
    old += ta / rounds;
    now += tb / rounds;
  }
  ratios.sort((x, y) => x - y);
  const at = (q) => ratios[Math.round(q * (rounds - 1))];
  const median = (ratios[Math.floor((rounds - 1) / 2)] + ratios[Math.ceil((rounds - 1) / 2)]) / 2;
  return { old, new: now, median, lo: at(0.1), hi: at(0.9) };
}
