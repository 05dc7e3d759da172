// The lessons of every shipped level: each claim in the level file holds over a small set of
// seeds (the bots it needs, run through runBot → summarize → toRunRecord → judgeClaims). Each
// claim is its own test, named by level and claim id, so a failure says which lesson broke.
import { beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_LEVEL_IDS, shippedLevel } from '../../src/levels/registry';
import { isBotName, runBot } from '../../src/sim/bots';
import { type ClaimVerdict, claimBots, judgeClaims, type RunRecord, toRunRecord } from '../../src/sim/claims';
import { summarize } from '../../src/sim/summary';

const SEEDS = Array.from({ length: 24 }, (_, i) => `claims-${i + 1}`);

describe.each(SHIPPED_LEVEL_IDS)('level %s', (id) => {
  const L = shippedLevel(id);
  const verdicts = new Map<string, ClaimVerdict>();

  beforeAll(() => {
    const runs: RunRecord[] = [];
    for (const bot of claimBots(L)) {
      if (!isBotName(bot)) throw new Error(`level ${id} names an unknown bot "${bot}"`);
      for (const seed of SEEDS) runs.push(toRunRecord(summarize(runBot(L, seed, bot), bot), bot));
    }
    for (const v of judgeClaims(L, runs)) verdicts.set(v.id, v);
  });

  it('has claims', () => {
    expect(L.claims.length).toBeGreaterThan(0);
  });

  it.each(L.claims.map((c) => [c.id, c.kind]))('claim %s (%s) holds', (claimId) => {
    const v = verdicts.get(claimId);
    if (!v) throw new Error(`no verdict for ${claimId}`);
    expect(
      v.holds,
      `${id}: "${v.text.en}" held in ${Math.round(v.share * 100)} % of ${SEEDS.length} seeds; needs ${Math.round(v.required * 100)} %`,
    ).toBe(true);
  });
});
