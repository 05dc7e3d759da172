// The follow-up rule for the weeks after (store/weeks-rule.ts and the store's playWeeks): the
// proposals it picks, the moments it stops for the player, and that playing the weeks by the
// rule is the same game as sending the same proposals and pressing Next week by hand.
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { apply, type Command, gameHash, newGame, planLimits, replay, toReplay } from '../../src/sim';
import { createSession } from '../../src/store/session';
import { defaultSettings } from '../../src/store/settings';
import { memoryStorage } from '../../src/store/storage';
import { ruleCandidates, ruleFollowUps, ruleStop, type WeeksRule } from '../../src/store/weeks-rule';

const L = shippedLevel('the-fair');

function planOf(game: ReturnType<typeof newGame>, proposals: number): Command {
  const limits = planLimits({ L: game.level, s: game.state, ev: null });
  return {
    type: 'plan',
    booth: 'small',
    focus: 'conversation',
    pitchers: 0,
    listeners: limits.slots.small,
    showInnovations: false,
    revenueTarget: limits.minTarget,
    costCap: limits.plannedCost.small + proposals * game.level.model.proposalCost,
  };
}

/** A game of the-fair at the start of the weeks after, its fair played with listening. */
function afterFair(seed: string, proposals = 200) {
  const game = newGame(L, seed);
  expect(apply(game, planOf(game, proposals)).ok).toBe(true);
  for (let guard = 0; game.state.phase === 'fair' && guard < 10_000; guard++) {
    const here = game.state.visitors.find(
      (v) => v.booth === 0 && (v.status === 'queue' || v.status === 'talking') && !v.talk?.resolved,
    );
    if (here) apply(game, { type: 'handle', visitor: here.id, action: 'listen' });
    else apply(game, { type: 'advance', steps: 1 });
  }
  expect(game.state.phase).toBe('after');
  return game;
}

describe('the weeks-after rule', () => {
  it('sends to the best covered leads, no more than the rule and the team allow', () => {
    const game = afterFair('rule-1');
    const all: WeeksRule = { leads: 'all', perWeek: 99 };
    const cmds = ruleFollowUps(game, all);
    expect(cmds.length).toBe(Math.min(L.team.followUpsPerWeek, ruleCandidates(game, all).length));
    const q = (c: Command) => game.state.leads[(c as { lead: number }).lead]?.quality ?? -1;
    const open = ruleCandidates(game, all).map((l) => l.quality);
    expect(cmds.map(q)).toEqual(open.slice(0, cmds.length));
    expect(ruleFollowUps(game, { leads: 'all', perWeek: 2 })).toHaveLength(Math.min(2, open.length));
    for (const c of ruleFollowUps(game, { leads: 'warm', perWeek: 99 }))
      expect(q(c)).toBeGreaterThanOrEqual(0.8);
    expect(ruleFollowUps(game, { leads: 'all', perWeek: 0 })).toEqual([]);
    // Sent ones are no longer open: the same week asks for nothing more.
    for (const c of cmds) expect(apply(game, c).ok).toBe(true);
    expect(ruleFollowUps(game, all)).toEqual([]);
  });

  it('stops when the cap takes no more proposals while covered leads are open, and when fired', () => {
    const game = afterFair('rule-2', 1);
    const rule: WeeksRule = { leads: 'all', perWeek: 6 };
    expect(ruleCandidates(game, rule).length).toBeGreaterThan(1);
    for (const c of ruleFollowUps(game, rule)) apply(game, c);
    expect(ruleStop(game, rule, game.state.ceo.patience)).toBe('cap');
    expect(ruleStop(game, { leads: 'all', perWeek: 0 }, game.state.ceo.patience)).toBeNull();
    expect(ruleStop(game, rule, 50)).toBe('cap');
    const angry = structuredClone(game);
    angry.state.ceo.patience = 20;
    expect(ruleStop(angry, { leads: 'all', perWeek: 0 }, 35)).toBe('ceo');
    expect(ruleStop(angry, { leads: 'all', perWeek: 0 }, 25)).toBeNull();
    angry.state.fired = { season: 0, week: 1 };
    expect(ruleStop(angry, rule, 35)).toBe('fired');
  });

  it('plays the weeks in the store to the review: the same game as by hand', () => {
    const storage = memoryStorage();
    const store = createSession({ storage, defaults: defaultSettings(), resume: false });
    store.getState().startLevel('the-fair', 'rule-3');
    store.getState().beginPlay();
    const g0 = store.getState().game;
    if (!g0) throw new Error('no game');
    const byHand = afterFair('rule-3');
    // Bring the store's game to the same point: replay the hand-played fair into it.
    store.getState().adoptGame(replayed(byHand));
    const g = store.getState().game;
    if (!g) throw new Error('no game');
    expect(g.state.phase).toBe('after');
    const rule: WeeksRule = { leads: 'good', perWeek: 4 };
    store.getState().playWeeks(rule);
    for (let i = 0; i < 200 && store.getState().weeksRule; i++) store.getState().tick(1000);
    expect(store.getState().weeksRule).toBeNull();
    const played = store.getState().game;
    if (!played) throw new Error('no game');
    expect(played.state.phase).toBe('review');
    // The same by hand: each week the rule's proposals, then Next week.
    for (let w = 0; byHand.state.phase === 'after' && w < 20; w++) {
      for (const c of ruleFollowUps(byHand, rule)) apply(byHand, c);
      apply(byHand, { type: 'advance', steps: 1 });
    }
    expect(byHand.state.phase).toBe('review');
    expect(gameHash(played)).toBe(gameHash(byHand));
    expect(toReplay(played).commands.filter((c) => c.type === 'followUp').length).toBeGreaterThan(0);
  });
});

function replayed(game: ReturnType<typeof newGame>) {
  const r = replay(L, JSON.parse(JSON.stringify(toReplay(game))));
  if (!r.ok) throw new Error(r.error);
  return r.game;
}
