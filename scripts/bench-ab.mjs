// Speed of two versions of the simulation side by side, in one process: `node
// scripts/bench-ab.mjs <old tree> <new tree> [level]` bundles each tree's sim with esbuild,
// then plays the bots' games in alternating batches and compares CPU time per season played
// (median of 12 batch pairs, with the 2nd lowest and 2nd highest ratio). One process and
// alternation keep a busy machine's noise out of the ratio far better than two bench runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [oldTree, newTree, level = 'the-fair'] = process.argv.slice(2);
if (!oldTree || !newTree) {
  process.stderr.write('usage: node scripts/bench-ab.mjs <old tree> <new tree> [level]\n');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'bench-ab-'));
async function load(tree, name) {
  const entry = join(dir, `${name}.ts`);
  const root = resolve(tree);
  writeFileSync(
    entry,
    `export { runBot } from '${root}/src/sim';\nexport { shippedLevel } from '${root}/src/levels/registry';\n`,
  );
  const out = join(dir, `${name}.mjs`);
  const esbuild = resolve('node_modules/.bin/esbuild');
  execFileSync(esbuild, [
    entry,
    '--bundle',
    '--platform=node',
    '--format=esm',
    `--outfile=${out}`,
    '--log-level=warning',
  ]);
  const m = await import(out);
  return { m, L: m.shippedLevel(level) };
}
const a = await load(oldTree, 'old');
const b = await load(newTree, 'new');

function batch(side, bot, from, n) {
  const t0 = process.cpuUsage();
  let seasons = 0;
  for (let i = 0; i < n; i++) seasons += side.m.runBot(side.L, `ab-${from + i}`, bot).state.history.length;
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000 / seasons;
}

const bots = ['pusher', 'listener', 'balanced', 'listener-no-followup', 'random'];
const out = {};
for (const bot of bots) {
  batch(a, bot, 0, 30);
  batch(b, bot, 0, 30);
  const ratios = [];
  const ms = { old: 0, new: 0 };
  for (let round = 0; round < 12; round++) {
    const first = round % 2 === 0 ? [a, b] : [b, a];
    const r = new Map(first.map((side) => [side, batch(side, bot, round * 40, 40)]));
    ratios.push(r.get(b) / r.get(a));
    ms.old += r.get(a) / 12;
    ms.new += r.get(b) / 12;
  }
  ratios.sort((x, y) => x - y);
  out[bot] = {
    oldMsPerSeason: +ms.old.toFixed(3),
    newMsPerSeason: +ms.new.toFixed(3),
    newOverOld: +((ratios[5] + ratios[6]) / 2).toFixed(3),
    range: [+ratios[1].toFixed(2), +ratios[10].toFixed(2)],
  };
}
process.stdout.write(`${JSON.stringify({ level, old: oldTree, new: newTree, bots: out }, null, 1)}\n`);
