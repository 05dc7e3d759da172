// Claim judging on hand-made runs: metricAt reads the right numbers, claimBots lists the bots a
// level needs, toRunRecord reduces a summary, and judgeClaims computes shares, compares them with
// the required share and leaves seeds with missing bot runs out of the count.
import { describe, expect, it } from 'vitest';
import type { Level, LevelClaim } from '../../src/levels/schema';
import { claimBots, judgeClaims, metricAt, type RunRecord, toRunRecord } from '../../src/sim/claims';
import type { GameSummary } from '../../src/sim/summary';
import { levelCopy } from './helpers';

const text = { en: 'claim', nl: 'bewering' };

function run(seed: string, bot: string, seasonRevenue: number[], extra: Partial<RunRecord> = {}): RunRecord {
  return {
    seed,
    bot,
    fired: false,
    seasonRevenue,
    seasonFairRevenue: seasonRevenue.map(() => 0),
    seasonProfit: seasonRevenue.map(() => 0),
    competitorLayoffs: seasonRevenue.map(() => 0),
    layoffsAfterPaidFair: 0,
    ...extra,
  };
}

function levelWith(claims: LevelClaim[]): Level {
  const L = levelCopy();
  L.claims = claims;
  return L;
}

const compare = (over: Partial<Extract<LevelClaim, { kind: 'compare' }>> = {}): LevelClaim => ({
  kind: 'compare',
  id: 'a-beats-b',
  text,
  a: 'alpha',
  b: 'beta',
  metric: 'cumulativeRevenue',
  season: 2,
  required: 0.7,
  ...over,
});

describe('metricAt', () => {
  const r = run('s', 'x', [100, 200, 300], { seasonFairRevenue: [10, 20, 30] });
  it('reads fair, season, after-fair and cumulative revenue at a 1-based season', () => {
    expect(metricAt(r, 'fairRevenue', 2)).toBe(20);
    expect(metricAt(r, 'seasonRevenue', 2)).toBe(200);
    expect(metricAt(r, 'afterFairRevenue', 2)).toBe(180);
    expect(metricAt(r, 'cumulativeRevenue', 1)).toBe(100);
    expect(metricAt(r, 'cumulativeRevenue', 3)).toBe(600);
  });
  it('counts a season never played as 0', () => {
    expect(metricAt(r, 'seasonRevenue', 4)).toBe(0);
    expect(metricAt(r, 'fairRevenue', 4)).toBe(0);
    expect(metricAt(r, 'afterFairRevenue', 4)).toBe(0);
    expect(metricAt(r, 'cumulativeRevenue', 5)).toBe(600);
  });
});

describe('claimBots', () => {
  it('lists every bot the claims need, once', () => {
    const L = levelWith([
      compare({ a: 'pusher', b: 'listener' }),
      compare({ id: 'again', a: 'listener', b: 'pusher' }),
      { kind: 'layoffs', id: 'lay', text, bot: 'balanced', bySeason: 2, required: 0.5 },
      { kind: 'fired', id: 'fire', text, bots: ['pusher', 'random'], required: 0.2 },
      { kind: 'not-fired', id: 'keep', text, bot: 'listener-no-followup', required: 0.9 },
    ]);
    expect(claimBots(L).sort()).toEqual(['balanced', 'listener', 'listener-no-followup', 'pusher', 'random']);
    expect(claimBots(levelWith([]))).toEqual([]);
  });
});

describe('toRunRecord', () => {
  it('reduces a summary: revenues and profit per season, all competitors’ layoffs per season, those after a paid fair', () => {
    const season = (revenue: number, fair: number) => ({
      fairRevenue: fair,
      afterFairRevenue: revenue - fair,
      weeklyRevenue: [],
      revenue,
      profit: revenue / 10,
      ceoPatience: 50,
      hash: 'h',
    });
    const cs = (layoffs: number, fairPaid = false) => ({
      fairRevenue: 0,
      weeklyRevenue: [],
      revenue: 0,
      staffStart: 10,
      staffEnd: 10 - layoffs,
      layoffs,
      fairSpend: 100,
      fairPaid,
    });
    const summary: GameSummary = {
      level: 'x',
      seed: 'seed-9',
      bot: 'listener',
      simVersion: 1,
      hash: 'h',
      fired: true,
      seasons: [season(100, 30), season(250, 5)],
      competitors: [
        { id: 'c1', seasons: [cs(2), cs(0)] },
        { id: 'c2', seasons: [cs(1), cs(3, true)] },
        { id: 'c3', seasons: [cs(0)] },
      ],
      totals: { revenue: 350, fairRevenue: 35, afterFairRevenue: 315, profit: 0 },
    };
    expect(toRunRecord(summary, 'named')).toEqual({
      seed: 'seed-9',
      bot: 'named',
      fired: true,
      seasonRevenue: [100, 250],
      seasonFairRevenue: [30, 5],
      seasonProfit: [10, 25],
      competitorLayoffs: [3, 3],
      layoffsAfterPaidFair: 3,
    });
  });
});

describe('judgeClaims', () => {
  // Over 4 seeds alpha beats beta on cumulative revenue by season 2 in 3.
  const runs: RunRecord[] = [
    run('1', 'alpha', [100, 100]),
    run('1', 'beta', [50, 50]),
    run('2', 'alpha', [100, 100]),
    run('2', 'beta', [150, 100]),
    run('3', 'alpha', [10, 300]),
    run('3', 'beta', [200, 100]),
    run('4', 'alpha', [100, 0, 999]),
    run('4', 'beta', [99, 0, 0]),
  ];

  it('computes the share of seeds a compare claim holds in, and holds against the required share', () => {
    const [v] = judgeClaims(levelWith([compare({ required: 0.7 })]), runs);
    expect(v).toEqual({ id: 'a-beats-b', text, holds: true, share: 0.75, required: 0.7 });
    const [strict] = judgeClaims(levelWith([compare({ required: 0.8 })]), runs);
    expect(strict?.holds).toBe(false);
    expect(strict?.share).toBe(0.75);
    const [exact] = judgeClaims(levelWith([compare({ required: 0.75 })]), runs);
    expect(exact?.holds).toBe(true);
  });

  it('reads the metric at the claim’s season, and a tie is not a win', () => {
    const [s1] = judgeClaims(
      levelWith([compare({ season: 1, metric: 'seasonRevenue', required: 0.5 })]),
      runs,
    );
    // Season 1: 100>50, 100<150, 10<200, 100>99 → 2 of 4.
    expect(s1?.share).toBe(0.5);
    expect(s1?.holds).toBe(true);
    const tie = [run('t', 'alpha', [100]), run('t', 'beta', [100])];
    expect(judgeClaims(levelWith([compare({ season: 1, required: 0 })]), tie)[0]?.share).toBe(0);
  });

  it('does not count seeds with a missing bot run', () => {
    const partial = [...runs, run('5', 'alpha', [1e9, 1e9]), run('6', 'beta', [1e9, 1e9])];
    const [v] = judgeClaims(levelWith([compare()]), partial);
    expect(v?.share).toBe(0.75);
  });

  it('with no complete seed the claim does not hold', () => {
    const [v] = judgeClaims(levelWith([compare({ required: 0 })]), [run('1', 'alpha', [5, 5])]);
    expect(v).toMatchObject({ holds: false, share: 0 });
    expect(judgeClaims(levelWith([compare({ required: 0 })]), [])[0]).toMatchObject({
      holds: false,
      share: 0,
    });
  });

  it('rounds the share to three decimals', () => {
    const three = [
      run('1', 'alpha', [2]),
      run('1', 'beta', [1]),
      run('2', 'alpha', [2]),
      run('2', 'beta', [1]),
      run('3', 'alpha', [1]),
      run('3', 'beta', [2]),
    ];
    expect(judgeClaims(levelWith([compare({ season: 1 })]), three)[0]?.share).toBe(0.667);
  });

  it('layoff claims look at the seasons up to bySeason in the named bot’s world', () => {
    const claim: LevelClaim = { kind: 'layoffs', id: 'lay', text, bot: 'alpha', bySeason: 2, required: 0.5 };
    const lay = [
      run('1', 'alpha', [0, 0, 0], { competitorLayoffs: [0, 2, 0] }),
      run('2', 'alpha', [0, 0, 0], { competitorLayoffs: [0, 0, 5] }),
      run('3', 'alpha', [0, 0, 0], { competitorLayoffs: [1, 0, 0] }),
      run('4', 'beta', [0, 0, 0], { competitorLayoffs: [9, 9, 9] }),
    ];
    expect(judgeClaims(levelWith([claim]), lay)[0]).toMatchObject({ share: 0.667, holds: true });
  });

  it('fair-share claims compare all fair sales with all revenue of the game', () => {
    const claim: LevelClaim = {
      kind: 'fair-share',
      id: 'small',
      text,
      bot: 'alpha',
      max: 0.1,
      required: 0.5,
    };
    const fair = [
      run('1', 'alpha', [100, 100], { seasonFairRevenue: [15, 5] }), // 20 of 200: exactly a tenth
      run('2', 'alpha', [100, 100], { seasonFairRevenue: [15, 6] }), // just over
      run('3', 'alpha', [100, 100], { seasonFairRevenue: [0, 0] }),
    ];
    expect(judgeClaims(levelWith([claim]), fair)[0]).toMatchObject({ share: 0.667, holds: true });
  });

  it('unpaid-layoff claims count only seeds with layoffs, and fail on a layoff after a paid fair', () => {
    const claim: LevelClaim = { kind: 'unpaid-layoffs', id: 'unpaid', text, bot: 'alpha', required: 0.9 };
    const lay = [
      run('1', 'alpha', [0, 0], { competitorLayoffs: [2, 0] }),
      run('2', 'alpha', [0, 0], { competitorLayoffs: [0, 3], layoffsAfterPaidFair: 1 }),
      run('3', 'alpha', [0, 0]), // no layoff: says nothing
    ];
    expect(judgeClaims(levelWith([claim]), lay)[0]).toMatchObject({ share: 0.5, holds: false });
  });

  it('cumulativeProfit adds the seasons’ profits', () => {
    const r = run('1', 'alpha', [100, 100], { seasonProfit: [-5, 30] });
    expect(metricAt(r, 'cumulativeProfit', 1)).toBe(-5);
    expect(metricAt(r, 'cumulativeProfit', 2)).toBe(25);
  });

  it('fired claims need every named bot’s run and hold when any of them was fired', () => {
    const claim: LevelClaim = { kind: 'fired', id: 'fire', text, bots: ['alpha', 'beta'], required: 0.5 };
    const fired = [
      run('1', 'alpha', [0], { fired: true }),
      run('1', 'beta', [0]),
      run('2', 'alpha', [0]),
      run('2', 'beta', [0]),
      run('3', 'alpha', [0]),
      run('3', 'beta', [0], { fired: true }),
      run('4', 'alpha', [0], { fired: true }),
    ];
    expect(judgeClaims(levelWith([claim]), fired)[0]).toMatchObject({ share: 0.667, holds: true });
  });

  it('not-fired claims count the seeds where the bot kept its job', () => {
    const claim: LevelClaim = { kind: 'not-fired', id: 'keep', text, bot: 'alpha', required: 0.9 };
    const kept = [run('1', 'alpha', [0]), run('2', 'alpha', [0], { fired: true }), run('3', 'beta', [0])];
    expect(judgeClaims(levelWith([claim]), kept)[0]).toMatchObject({
      share: 0.5,
      holds: false,
      required: 0.9,
    });
  });

  it('gives one verdict per claim, in the level’s order', () => {
    const L = levelWith([
      compare({ id: 'first' }),
      { kind: 'not-fired', id: 'second', text, bot: 'alpha', required: 0.5 },
    ]);
    expect(judgeClaims(L, runs).map((v) => v.id)).toEqual(['first', 'second']);
  });
});
