// The read side's contract: a view model is computed once per game revision (the same object
// back while nothing changed, a fresh one after any command), per argument, per game; and the
// sim's queries a view uses answer by the rule the sim applies — the promise preview is the
// patience the plan then really leaves, the follow-up room is what the sim then allows.
import { describe, expect, it } from 'vitest';
import { apply, followUpRoom, type Game, newGame, promisePreview, US } from '../../src/sim';
import { capacityOf, sortedLeads } from '../../src/view/after';
import { perRevision, perRevisionBy } from '../../src/view/memo';
import { planView } from '../../src/view/plan';
import { originParts } from '../../src/view/review';
import { ourLeads } from '../../src/view/selectors';
import { L, plannedGame } from './planned-game';

describe('memo per game revision', () => {
  it('computes once per revision and again after a command', () => {
    let calls = 0;
    const view = perRevision((g: Game) => {
      calls++;
      return { week: g.state.week };
    });
    const g = plannedGame('m1');
    const first = view(g);
    expect(view(g)).toBe(first);
    expect(calls).toBe(1);
    apply(g, { type: 'advance', steps: 3 });
    const second = view(g);
    expect(second).not.toBe(first);
    expect(calls).toBe(2);
    // A refused command changes nothing, so the view stays.
    expect(apply(g, { type: 'followUp', lead: 99_999 }).ok).toBe(false);
    expect(view(g)).toBe(second);
    expect(calls).toBe(2);
  });

  it('keeps one entry per argument and per game', () => {
    const view = perRevisionBy((g: Game, n: number) => ({ seed: g.state.seed, n }));
    const a = plannedGame('m2');
    const b = plannedGame('m3');
    expect(view(a, 1)).toBe(view(a, 1));
    expect(view(a, 1)).not.toBe(view(a, 2));
    expect(view(b, 1).seed).toBe('m3');
    expect(view(a, 1).seed).toBe('m2');
  });

  it('a memoized view follows the game: leads and capacity after the fair and a proposal', () => {
    const g = plannedGame('m4');
    expect(ourLeads(g)).toEqual([]);
    apply(g, { type: 'advance', steps: 100_000 });
    expect(g.state.phase).toBe('after');
    const leads = sortedLeads(g);
    expect(leads.length).toBeGreaterThan(0);
    expect(capacityOf(g).used).toBe(0);
    const lead = leads.find((l) => l.status === 'open');
    expect(lead).toBeDefined();
    expect(apply(g, { type: 'followUp', lead: lead?.id ?? -1 }).ok).toBe(true);
    expect(capacityOf(g).used).toBe(1);
    expect(sortedLeads(g).find((l) => l.id === lead?.id)?.status).toBe('proposed');
    expect(sortedLeads(g)).not.toBe(leads);
    const parts = originParts(g, 0);
    expect(originParts(g, 0)).toBe(parts);
  });
});

describe('the sim’s queries for the screens', () => {
  it('the promise preview is the patience the plan leaves', () => {
    for (const [seed, growth, overBudget] of [
      ['p1', 0.02, 0],
      ['p2', 0.3, 0],
      ['p3', 0.1, 0.5],
    ] as const) {
      const g = newGame(L, seed);
      const view = planView(g);
      const target = Math.ceil(view.limits.baseline * (1 + growth));
      const cap = Math.max(view.limits.plannedCost.medium, Math.round(L.ceo.budget * (1 + overBudget)));
      const preview = promisePreview(g, { revenueTarget: target, costCap: cap });
      expect(preview.now).toBe(view.patience);
      expect(preview.growth).toBeCloseTo(target / view.limits.baseline - 1, 12);
      const real = plannedGame(seed, target, cap);
      expect(real.state.ceo.patience).toBe(preview.after);
      if (overBudget > 0 && L.ceo.budget > 0) expect(preview.moves.cap).toBeLessThan(0);
    }
  });

  it('the follow-up room is what the sim then allows', () => {
    const g = plannedGame('r1');
    apply(g, { type: 'advance', steps: 100_000 });
    const room = followUpRoom(g);
    expect(room.used).toBe(0);
    const open = g.state.leads.filter((l) => l.supplier === US && l.status === 'open');
    let sent = 0;
    for (const lead of open) {
      if (!apply(g, { type: 'followUp', lead: lead.id }).ok) break;
      sent++;
    }
    expect(sent).toBe(Math.min(room.max, open.length));
    expect(followUpRoom(g).used).toBe(sent);
  });
});
