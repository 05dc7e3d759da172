// Why the CEO said it (ui/text.ts ceoWhy): his remarks in the weeks after come with the numbers
// behind them — the fair against what he expected, the season against the path to the promise,
// what he saw at the booth — and the numbers are the sim's own.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { money } from '../../src/i18n/format';
import { shippedLevel } from '../../src/levels/registry';
import { apply, expectedBy, fairTicks, newGame, planLimits, runBot } from '../../src/sim';
import { ceoWhy } from '../../src/ui/text';

const en = translator('en');
const nl = translator('nl');

describe('why the CEO said it', () => {
  it('gives the fair against his expectation, then the season ahead of or behind the path', () => {
    const L = shippedLevel('the-fair');
    const game = runBot(L, '11', 'pusher');
    const s = game.state;
    const remarks = s.news.filter(
      (n) => n.kind === 'ceo' && ['pleased', 'worried', 'angry', 'fairNothing'].includes(n.tone),
    );
    expect(remarks.length).toBeGreaterThan(3);
    for (const n of remarks) {
      const why = ceoWhy(en, L, s, n, 'en') ?? '';
      const st = s.history[n.season];
      if (!st) throw new Error('season');
      if (n.week === 0) {
        expect(why).toContain(money(st.fairRevenue, 'en'));
        continue;
      }
      let sum = st.fairRevenue;
      for (let w = 0; w < n.week; w++) sum += st.weeklyRevenue[w] ?? 0;
      const gap = Math.round(sum - expectedBy(L, st, n.week));
      expect(why).toContain(gap >= 0 ? 'ahead' : 'behind');
      expect(why).toContain(money(Math.abs(gap), 'en'));
      expect(ceoWhy(nl, L, s, n, 'nl')).toMatch(gap >= 0 ? /vóór/ : /achter/);
    }
    const layoff = s.news.find((n) => n.kind === 'layoff');
    if (layoff) expect(ceoWhy(en, L, s, layoff, 'en')).toBeNull();
  });

  it('after his visit, says what he saw at the booth', () => {
    const L = shippedLevel('the-fair');
    for (let seed = 1; seed <= 10; seed++) {
      const game = newGame(L, String(seed));
      const limits = planLimits({ L, s: game.state, ev: null });
      const listeners = limits.slots.small;
      apply(game, {
        type: 'plan',
        booth: 'small',
        focus: 'conversation',
        pitchers: 0,
        listeners,
        showInnovations: false,
        revenueTarget: limits.minTarget,
        costCap: limits.plannedCost.small,
        inviteCeo: true,
      });
      apply(game, { type: 'advance', steps: fairTicks(L) });
      const v = game.state.history[0]?.visit;
      const said = game.state.news.find((n) => n.tone === 'visitGood' || n.tone === 'visitBad');
      if (!v?.comes || !said) continue;
      const why = ceoWhy(en, L, game.state, said, 'en') ?? '';
      expect(why).toContain(`${v.talks} conversation`);
      expect(why).toContain(`${v.annoyed} visitor`);
      return;
    }
    throw new Error('the CEO never came in 10 seeds');
  });
});
