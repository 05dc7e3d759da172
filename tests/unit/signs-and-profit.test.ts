// What the conversation card says a visitor shows (their tell in words; once asked, their
// answer), picked by visitor from the tell alone and never from what a player cannot see;
// and the season's profit as the HUD and the review show it, from seasonProfit.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { money, moneyShort, percent } from '../../src/i18n/format';
import { shippedLevel } from '../../src/levels/registry';
import {
  apply,
  newGame,
  planLimits,
  runBot,
  type SeasonStats,
  seasonProfit,
  seasonRevenue,
  type Visitor,
} from '../../src/sim';
import { ANSWER_LINES, signLines, TELL_LINES } from '../../src/ui/card-text';
import { profitLine } from '../../src/ui/text';
import { profitFigure } from '../../src/view/after';
import { visitorsAtOurBooth } from '../../src/view/selectors';

const L = shippedLevel('the-fair');
const en = translator('en');
const nl = translator('nl');

function visitor(over: Partial<Visitor>): Visitor {
  return {
    id: 0,
    account: 0,
    day: 0,
    arrive: 0,
    leave: 10,
    status: 'queue',
    booth: 0,
    queuedAt: 0,
    talk: null,
    ready: false,
    tell: 'looking',
    visited: 1,
    asked: false,
    reaction: 0,
    ...over,
  };
}

const TELLS = ['buying', 'story', 'looking'] as const;

describe('what a visitor shows on the card', () => {
  it('says the tell in words: one of its lines, in both languages', () => {
    for (const tell of TELLS) {
      for (let id = 0; id < 12; id++) {
        const v = visitor({ id, tell });
        expect(TELL_LINES[tell].map((k) => en(k))).toContain(signLines(en, v).tell);
        expect(TELL_LINES[tell].map((k) => nl(k))).toContain(signLines(nl, v).tell);
      }
    }
  });

  it('has two or three different lines per tell, and no line shared between tells', () => {
    const all = new Set<string>();
    for (const tell of TELLS) {
      const lines = new Set(TELL_LINES[tell].map((k) => en(k)));
      expect(lines.size).toBeGreaterThanOrEqual(2);
      expect(lines.size).toBeLessThanOrEqual(3);
      for (const line of lines) all.add(line);
    }
    expect(all.size).toBe(TELLS.reduce((n, tell) => n + TELL_LINES[tell].length, 0));
  });

  it('picks the same line for the same visitor, and varies between visitors', () => {
    const v = visitor({ id: 7, tell: 'buying' });
    expect(signLines(en, v)).toEqual(signLines(en, { ...v }));
    const seen = new Set(
      Array.from({ length: 9 }, (_, id) => signLines(en, visitor({ id, tell: 'story' })).tell),
    );
    expect(seen.size).toBe(TELL_LINES.story.length);
  });

  it('does not give away whether they came to buy before the question', () => {
    for (let id = 0; id < 12; id++) {
      for (const tell of TELLS) {
        const ready = signLines(en, visitor({ id, tell, ready: true }));
        const not = signLines(en, visitor({ id, tell, ready: false }));
        expect(ready).toEqual(not);
        expect(ready.answer).toBeNull();
      }
    }
  });

  it('adds their answer only after asking: needed now, or looking ahead', () => {
    for (let id = 0; id < 12; id++) {
      const now = signLines(en, visitor({ id, tell: 'story', ready: true, asked: true }));
      const later = signLines(nl, visitor({ id, tell: 'buying', ready: false, asked: true }));
      expect(ANSWER_LINES.now.map((k) => en(k))).toContain(now.answer);
      expect(ANSWER_LINES.later.map((k) => nl(k))).toContain(later.answer);
      // The tell stays what it was.
      expect(now.tell).toBe(signLines(en, visitor({ id, tell: 'story' })).tell);
    }
  });

  it('works for the visitors of a real fair, and answers once the player asked', () => {
    const g = newGame(L, '42');
    const lim = planLimits({ L, s: g.state, ev: null });
    apply(g, {
      type: 'plan',
      booth: 'medium',
      focus: 'conversation',
      pitchers: 1,
      listeners: 1,
      showInnovations: false,
      revenueTarget: lim.minTarget,
      costCap: lim.plannedCost.medium + 10 * L.model.proposalCost,
    });
    const waiting = () => visitorsAtOurBooth(g)[0];
    for (let i = 0; i < 400 && !waiting(); i++) apply(g, { type: 'advance', steps: 1 });
    const v = waiting();
    expect(v).toBeDefined();
    if (!v) return;
    for (const x of g.state.visitors) {
      const lines = signLines(en, x);
      expect(TELL_LINES[x.tell].map((k) => en(k))).toContain(lines.tell);
      expect(lines.answer === null).toBe(!x.asked);
    }
    const before = signLines(en, v);
    expect(before.answer).toBeNull();
    expect(apply(g, { type: 'handle', visitor: v.id, action: 'ask' }).ok).toBe(true);
    const asked = g.state.visitors[v.id] as Visitor;
    expect(asked.asked).toBe(true);
    const after = signLines(en, asked);
    expect(after.tell).toBe(before.tell);
    expect(ANSWER_LINES[asked.ready ? 'now' : 'later'].map((k) => en(k))).toContain(after.answer);
  });
});

describe('the season’s profit', () => {
  const g = runBot(L, '42', 'listener');
  const stats = g.state.history[0] as SeasonStats;

  it('is said in the review from seasonProfit: margin on the revenue, less the costs', () => {
    const profit = seasonProfit(L, stats);
    expect(profit).toBe(Math.round(seasonRevenue(stats) * L.company.margin) - stats.costs);
    const line = profitLine(en, L, stats, 'en');
    expect(line).toContain(money(profit, 'en'));
    expect(line).toContain(money(seasonRevenue(stats), 'en'));
    expect(line).toContain(money(stats.costs, 'en'));
    expect(line).toContain(percent(L.company.margin, 'en'));
    expect(line).toMatch(/^Profit/);
    expect(profitLine(nl, L, stats, 'nl')).toMatch(/^Winst: /);
    expect(profitLine(nl, L, stats, 'nl')).toContain(money(profit, 'nl'));
  });

  it('shows a loss with a minus', () => {
    const loss: SeasonStats = { ...stats, fairRevenue: 0, weeklyRevenue: stats.weeklyRevenue.map(() => 0) };
    expect(seasonProfit(L, loss)).toBe(-stats.costs);
    expect(profitLine(en, L, loss, 'en')).toContain(`-${money(stats.costs, 'en')}`);
  });

  it('is the HUD’s figure in the weeks after, short and signed', () => {
    const fresh = newGame(L, '42');
    expect(profitFigure(fresh, 'en')).toBeNull();
    const after = runBot(L, '42', 'listener');
    const s = after.state;
    const st = s.history[s.season] as SeasonStats;
    const fig = profitFigure(after, 'nl');
    expect(fig?.value).toBe(seasonProfit(L, st));
    expect(fig?.text).toBe(moneyShort(seasonProfit(L, st), 'nl'));
    expect(fig?.loss).toBe(seasonProfit(L, st) < 0);
  });
});
