// The command-line contract (DESIGN.md §5): the JSON shapes other tools read, exit codes, and
// one-line errors with a usage line for bad arguments.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { BOT_NAMES, runBot, summarize, toReplay } from '../../src/sim';
import { SUMMARY_SHAPE } from '../sim/summary-shape';

function run(tool: string, args: string[]) {
  const res = spawnSync('npx', ['tsx', `src/cli/${tool}.ts`, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('npm run sim', () => {
  it('prints the summary JSON of DESIGN.md §5, equal to the library’s', () => {
    const r = run('sim', ['--level', 'the-fair', '--seed', '42', '--bot', 'listener', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(json)).toEqual(SUMMARY_SHAPE.top);
    expect(keys(json.seasons[0])).toEqual(SUMMARY_SHAPE.season);
    expect(keys(json.competitors[0])).toEqual(SUMMARY_SHAPE.competitor);
    expect(keys(json.competitors[0].seasons[0])).toEqual(SUMMARY_SHAPE.competitorSeason);
    expect(keys(json.totals)).toEqual(SUMMARY_SHAPE.totals);
    expect(json).toEqual(summarize(runBot(shippedLevel('the-fair'), '42', 'listener'), 'listener'));
  });

  it('replays a saved command log to the same hash', () => {
    const game = runBot(shippedLevel('tutorial'), '5', 'balanced');
    const dir = mkdtempSync(join(tmpdir(), 'tlb-'));
    const file = join(dir, 'replay.json');
    writeFileSync(file, JSON.stringify(toReplay(game)));
    const r = run('sim', ['--level', 'tutorial', '--replay', file, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).hash).toBe(summarize(game).hash);
  });

  it.each([
    [['--level', 'nope', '--bot', 'listener'], /unknown level "nope"/],
    [['--level', 'the-fair', '--bot', 'salesman'], /unknown bot "salesman"/],
    [['--level', 'the-fair', '--bot', 'listener', '--seed', 'two words'], /bad seed/],
    [['--level', 'the-fair', '--bot', 'listener', '--colour', 'red'], /unknown option --colour/],
    [['--bot', 'listener'], /--level is required/],
  ])('rejects %j with one line and the usage, exit 2', (args, message) => {
    const r = run('sim', args as string[]);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toMatch(message as RegExp);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[1]).toMatch(/^usage: /);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('prints help and exits 0', () => {
    const r = run('sim', ['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/usage: npm run sim/);
  });
});

describe('npm run balance', () => {
  it('prints {level, seeds, bots, claims, runs} and exits 0 when the claims hold', () => {
    const r = run('balance', ['--level', 'tutorial', '--seeds', '30', '--json']);
    const json = JSON.parse(r.out);
    // DESIGN.md §5's fields, plus fields added since (never removed or renamed).
    expect(Object.keys(json).sort()).toEqual(['bots', 'claims', 'firstSeed', 'level', 'runs', 'seeds']);
    expect(json.firstSeed).toBe(1);
    expect(json.level).toBe('tutorial');
    expect(json.seeds).toBe(30);
    expect(Object.keys(json.bots).sort()).toEqual([...BOT_NAMES].sort());
    expect(json.runs).toHaveLength(30 * BOT_NAMES.length);
    expect(Object.keys(json.runs[0]).sort()).toEqual(
      [
        'bot',
        'competitorLayoffs',
        'fired',
        'layoffsAfterPaidFair',
        'seasonFairRevenue',
        'seasonProfit',
        'seasonRevenue',
        'seed',
      ].sort(),
    );
    for (const c of json.claims)
      expect(Object.keys(c).sort()).toEqual(['holds', 'id', 'required', 'share', 'text']);
    const allHold = json.claims.every((c: { holds: boolean }) => c.holds);
    expect(r.code).toBe(allHold ? 0 : 1);
    expect(allHold).toBe(true);
  });

  it('exits 1 when a claim fails', () => {
    const level = structuredClone(shippedLevel('tutorial')) as unknown as Record<string, unknown>;
    const claims = level.claims as { required: number; a?: string; b?: string }[];
    // Demand the impossible: the pusher out-earning the listener after the fair in every seed.
    claims.push({
      ...(claims[1] as object),
      id: 'impossible',
      a: 'pusher',
      b: 'listener',
      required: 1,
    } as never);
    const dir = mkdtempSync(join(tmpdir(), 'tlb-'));
    const file = join(dir, 'level.json');
    writeFileSync(file, JSON.stringify(level));
    const r = run('balance', [
      '--level',
      file,
      '--seeds',
      '20',
      '--bots',
      'pusher,listener,listener-no-followup',
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAILS/);
  });

  it('rejects an unknown bot with exit 2', () => {
    const r = run('balance', ['--level', 'tutorial', '--bots', 'listener,ghost']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: unknown bot "ghost"/);
  });
});

describe('npm run bench', () => {
  it('prints games per second for every bot as JSON', () => {
    const r = run('bench', ['--games', '3', '--warmup', '1']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.level).toBe('the-fair');
    for (const bot of BOT_NAMES) {
      const b = json.bots[bot];
      expect(b.gamesPerSecond).toBeGreaterThan(0);
      expect(b.msPerGame).toBeGreaterThan(0);
      expect(b.seasonsPerGame).toBeGreaterThanOrEqual(1);
      expect(b.seasonsPerGame).toBeLessThanOrEqual(4);
      // Time per season is the game's time spread over the seasons it played.
      expect(b.msPerSeason).toBeCloseTo(b.msPerGame / b.seasonsPerGame, 1);
    }
  });
});
