// Property tests over levels (fast-check): any valid level — a shipped level with market size,
// season shape, fair timing, team, competitors, CEO and model numbers drawn anywhere in the
// schema's ranges, validated by the level loader — played by any bot on any seed keeps the
// state invariants, and replays to the same hash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLevelData } from '../../src/levels/load';
import { SHIPPED_LEVEL_IDS, shippedLevel } from '../../src/levels/registry';
import type { Level } from '../../src/levels/schema';
import { BOT_NAMES, runBot } from '../../src/sim/bots';
import { gameHash, replay, toReplay } from '../../src/sim/game';
import { invariantViolations } from './helpers';

/** SIM_PROPERTY_RUNS=10 runs ten times as many cases (for a bug hunt; the default keeps CI fast). */
const RUNS_FACTOR = Number(process.env.SIM_PROPERTY_RUNS ?? 1) || 1;

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const int = (min: number, max: number) => fc.integer({ min, max });

const variantArb = fc.record({
  base: fc.constantFrom(...SHIPPED_LEVEL_IDS),
  accounts: int(4, 60),
  seasons: int(1, 3),
  weeksAfter: int(1, 14),
  days: int(1, 3),
  hoursPerDay: int(1, 6),
  ticksPerHour: int(1, 6),
  buyingMood: fc.array(unit, { minLength: 1, maxLength: 4 }),
  staff: int(1, 12),
  followUpsPerWeek: int(0, 10),
  patience: fc.double({ min: 1, max: 100, noNaN: true }),
  minGrowth: fc.double({ min: -1, max: 1, noNaN: true }),
  competitorStaff: int(1, 30),
  competitorMinStaff: int(1, 10),
  competitorCash: int(0, 1e9),
  followUpShare: unit,
  model: fc.record({
    pitchChance: unit,
    pitchIrritation: unit,
    irritationAvoid: unit,
    irritationDecay: unit,
    pitchTicks: int(1, 16),
    listenTicks: int(1, 16),
    queueLimit: int(0, 30),
    queuePatienceTicks: int(1, 40),
    browseChance: unit,
    walkOnWeight: fc.double({ min: 0, max: 20, noNaN: true }),
    wordOfMouthPeers: int(0, 20),
    wordOfMouthBuzz: fc.double({ min: 0, max: 2, noNaN: true }),
    leadColdWeeks: int(1, 52),
    knowledgeFit: unit,
    orderValueSpread: unit,
    proposalValue: fc.double({ min: 0, max: 5, noNaN: true }),
    proposalCycleDelay: unit,
    serviceAccountsPerStaff: fc.double({ min: 1, max: 200, noNaN: true }),
    layoffShare: unit,
    layoffCooldownWeeks: int(0, 52),
    layoffRunwayWeeks: fc.double({ min: 0, max: 52, noNaN: true }),
    trustDrift: unit,
  }),
});

type Variant = typeof variantArb extends fc.Arbitrary<infer T> ? T : never;

function buildLevel(v: Variant): Level {
  const raw = structuredClone(shippedLevel(v.base)) as Level;
  raw.accounts = v.accounts;
  raw.seasons = v.seasons;
  raw.weeksAfter = v.weeksAfter;
  raw.fair.days = v.days;
  raw.fair.hoursPerDay = v.hoursPerDay;
  raw.fair.ticksPerHour = v.ticksPerHour;
  raw.fair.buyingMood = v.buyingMood.slice(0, v.seasons);
  raw.team.staff = v.staff;
  raw.team.followUpsPerWeek = v.followUpsPerWeek;
  raw.ceo.patience = v.patience;
  raw.ceo.minGrowth = v.minGrowth;
  for (const c of raw.competitors) {
    c.staff = v.competitorStaff;
    c.minStaff = v.competitorMinStaff;
    c.cash = v.competitorCash;
    c.followUpShare = v.followUpShare;
  }
  Object.assign(raw.model, v.model);
  // The shipped claims name seasons this shorter level may not have; claims are not played here.
  raw.claims = [];
  const res = parseLevelData(raw);
  if (!res.ok) throw new Error(`generated an invalid level: ${JSON.stringify(res.problems.slice(0, 3))}`);
  return res.level;
}

describe('any valid level', () => {
  it('played by any bot on any seed keeps every invariant and replays exactly', () => {
    fc.assert(
      fc.property(
        variantArb,
        fc.constantFrom(...BOT_NAMES),
        fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/),
        (v, bot, seed) => {
          const L = buildLevel(v);
          const game = runBot(L, seed, bot);
          expect(game.state.phase).toBe('ended');
          expect(invariantViolations(L, game.state)).toEqual([]);
          const res = replay(L, toReplay(game));
          if (!res.ok) throw new Error(`replay failed: ${res.error} at ${res.at}`);
          expect(gameHash(res.game)).toBe(gameHash(game));
        },
      ),
      { numRuns: 60 * RUNS_FACTOR },
    );
  });
});
