// `balance --jitter/--variants`, `--against`, `--first-seed` and their bad values: hold rates
// that are the same for the same arguments, variants inside the schema, a second level on
// the same seeds, hold-out seeds that are the same games as the first seeds' — and one-line
// errors with exit 2 for every bad argument. The runs that measure the timeline leave every
// game's summary (and so its hash) as runBot plays it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botTable } from '../../src/cli/balance-report';
import { runJob, runRecordOf } from '../../src/cli/balance-run';
import { botStats } from '../../src/cli/balance-stats';
import { levelVariant } from '../../src/cli/jitter';
import { nodeAt, walk } from '../../src/levels/json-schema';
import { shippedLevel } from '../../src/levels/registry';
import { BOT_NAMES, runBot, summarize, toRunRecord } from '../../src/sim';

function balance(args: string[]) {
  const res = spawnSync('npx', ['tsx', 'src/cli/balance.ts', '--workers', '1', ...args], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}
const json = (args: string[]) => JSON.parse(balance([...args, '--json']).out);

describe('the runs behind the report', () => {
  it('are the games runBot plays, and their timeline ends at the summary totals', () => {
    for (const id of ['tutorial', 'the-fair']) {
      const level = shippedLevel(id);
      for (const bot of BOT_NAMES)
        for (const seed of ['1', '2']) {
          const summary = summarize(runBot(level, seed, bot), bot);
          const run = runJob(level, { seed, bot });
          expect(runRecordOf(run)).toEqual(toRunRecord(summary, bot));
          expect(run.cumulativeRevenue).toHaveLength(level.seasons * (level.weeksAfter + 1));
          expect(run.cumulativeRevenue.at(-1)).toBe(summary.totals.revenue);
          expect(run.cumulativeProfit.at(-1)).toBe(summary.totals.profit);
          const originValue = Object.values(run.origins).reduce((a, o) => a + o.value, 0);
          expect(originValue).toBe(summary.totals.revenue);
          const layoffs = summary.competitors.reduce(
            (a, c) => a + c.seasons.reduce((x, s) => x + s.layoffs, 0),
            0,
          );
          expect(run.layoffsByWeek.reduce((a, b) => a + b, 0)).toBe(layoffs);
        }
    }
  });

  it("give the table's profit column: the mean of the games' profit", () => {
    const level = shippedLevel('the-fair');
    const seeds = ['1', '2', '3'];
    const stats = botStats(
      level,
      seeds.map((seed) => runJob(level, { seed, bot: 'pusher' })),
    );
    const profits = seeds.map((seed) => summarize(runBot(level, seed, 'pusher'), 'pusher').totals.profit);
    expect(stats.meanProfit).toBe(Math.round(profits.reduce((a, b) => a + b, 0) / seeds.length));
    const table = botTable(level, 1, 3, { pusher: stats });
    expect(table).toMatch(/\| total \| profit \| fired \|/);
    expect(table).toContain(`€${Math.round(stats.meanProfit / 100 / 1000).toLocaleString('en-US')}k`);
  });
});

describe('jitter variants', () => {
  const level = shippedLevel('the-fair');

  it('are the same for the same index and differ between indices', () => {
    const a = levelVariant(level, 3, 0.2);
    const b = levelVariant(level, 3, 0.2);
    const c = levelVariant(level, 4, 0.2);
    expect(a).toEqual(b);
    expect(a.ok && c.ok).toBe(true);
    if (a.ok && c.ok) expect(a.level.model).not.toEqual(c.level.model);
  });

  it('keep the shape, ids and texts, stay in the schema ranges and whole where it wants', () => {
    const v = levelVariant(level, 1, 0.5);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const L = v.level;
    expect(v.changed).toBeGreaterThan(100);
    expect([L.id, L.seasons, L.weeksAfter, L.accounts, L.fair.days, L.fair.hoursPerDay]).toEqual([
      level.id,
      level.seasons,
      level.weeksAfter,
      level.accounts,
      level.fair.days,
      level.fair.hoursPerDay,
    ]);
    expect(L.claims).toEqual(level.claims);
    expect(L.name).toEqual(level.name);
    expect(L.competitors.map((c) => c.id)).toEqual(level.competitors.map((c) => c.id));
    walk(L, (node, value, path) => {
      if (typeof value !== 'number') return;
      if (node.type === 'integer') expect(Number.isInteger(value), path.join('/')).toBe(true);
      if (node.minimum !== undefined) expect(value).toBeGreaterThanOrEqual(node.minimum);
      if (node.maximum !== undefined) expect(value).toBeLessThanOrEqual(node.maximum);
      const before = nodeAt(path, level).value as number;
      if (before === 0) return;
      expect(value / before, path.join('/')).toBeGreaterThan(0.49);
      expect(value / before, path.join('/')).toBeLessThan(1.51);
    });
  });

  it('give the same hold rates for the same arguments', () => {
    const args = ['--level', 'tutorial', '--seeds', '6', '--jitter', '0.3', '--variants', '3'];
    const a = json(args);
    const b = json(args);
    expect(a.jitter).toEqual(b.jitter);
    expect(a.jitter.variants).toBe(3);
    expect(a.jitter.playable + a.jitter.skipped.length).toBe(3);
    expect(a.jitter.claims.map((c: { id: string }) => c.id)).toEqual(
      a.claims.map((c: { id: string }) => c.id),
    );
    for (const c of a.jitter.claims) {
      expect(c.holdRate).toBeGreaterThanOrEqual(0);
      expect(c.holdRate).toBeLessThanOrEqual(1);
      expect(c.judged).toBe(a.jitter.playable);
    }
    const table = balance(args).out;
    expect(table).toMatch(/Jitter ±30 %: \d of 3 variants playable/);
    expect(table).toMatch(/\| claim \| holds in variants \|/);
  });
});

describe('--against and --first-seed', () => {
  it('--against plays the second level on the same seeds and bots', () => {
    const r = json([
      '--level',
      'tutorial',
      '--seeds',
      '6',
      '--bots',
      'pusher,listener',
      '--against',
      'the-fair',
    ]);
    expect(r.level).toBe('tutorial');
    expect(r.against.level).toBe('the-fair');
    expect(Object.keys(r.against.bots)).toEqual(['pusher', 'listener']);
    expect(r.against.bots.listener.runs).toBe(6);
    expect(r.against.claims.length).toBe(shippedLevel('the-fair').claims.length);
    expect(r.runs.length).toBe(12);
    const table = balance(['--level', 'tutorial', '--seeds', '6', '--against', 'the-fair']).out;
    expect(table).toMatch(/tutorial against the-fair on the same seeds/);
    expect(table).toMatch(/Claims of the-fair/);
  });

  it('--first-seed runs seeds n … n + seeds − 1, the same games as from seed 1', () => {
    const later = json(['--level', 'tutorial', '--seeds', '3', '--first-seed', '5', '--bots', 'listener']);
    expect(later.firstSeed).toBe(5);
    expect(later.runs.map((r: { seed: string }) => r.seed)).toEqual(['5', '6', '7']);
    const all = json(['--level', 'tutorial', '--seeds', '7', '--bots', 'listener']);
    expect(all.runs.slice(4)).toEqual(later.runs);
    expect(balance(['--level', 'tutorial', '--seeds', '3', '--first-seed', '5']).out).toMatch(
      /3 seeds \(5–7\)/,
    );
  });
});

describe('bad arguments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tlb-badreport-'));
  it.each([
    [['--jitter', '0'], /--jitter expects a fraction above 0 and below 1/],
    [['--jitter', '1.5'], /--jitter expects a fraction above 0 and below 1/],
    [['--jitter', 'lots'], /--jitter expects a fraction/],
    [['--variants', '5'], /--variants needs --jitter/],
    [['--jitter', '0.2', '--variants', '0'], /--variants must be from 1 to 1000/],
    [['--first-seed', '-3'], /--first-seed expects a whole number/],
    [['--first-seed', '2000000000'], /--first-seed must be from 0 to 1000000000/],
    [['--against', 'nope'], /unknown level "nope"/],
    [['--against', join(dir, 'missing.json')], /cannot read level file .*it does not exist/],
    [
      ['--report', join(dir, 'no-such-folder', 'r.html')],
      /cannot write the report to .*the folder .* does not exist/,
    ],
    [['--report', dir], /cannot write the report to .*it is a folder/],
    [['--report'], /--report needs a value/],
    [['--bots', 'listener,listener'], /--bots names a bot twice/],
  ])('%j is one line and the usage, exit 2', (args, message) => {
    const r = balance(['--level', 'tutorial', '--seeds', '2', ...(args as string[])]);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message as RegExp);
    expect(lines[1]).toMatch(/^usage: npm run balance/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
  });

  it('--help names the new options and what --jitter tunes', () => {
    const r = balance(['--help']);
    expect(r.code).toBe(0);
    for (const o of ['--report', '--jitter', '--variants', '--against', '--first-seed'])
      expect(r.out).toContain(o);
    expect(r.out).toMatch(/Tunable: the numbers under model/);
  });
});
