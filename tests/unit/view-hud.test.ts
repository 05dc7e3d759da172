// The HUD's and the CEO's street card's view models on real games: meter readings (whole
// points, clamped, toned), the weeks after's money against the promise and the cap, and which
// remark of the CEO the street card shows, for how long, with his patience from the plan to now.
import { describe, expect, it } from 'vitest';
import { apply, newGame, planLimitsOf, seasonRevenue } from '../../src/sim';
import { ceoRemark, latestJudgements, SHOWN_WEEKS } from '../../src/view/ceo-street';
import { hudView, meterReading, meterTone } from '../../src/view/hud';
import { afterTheFair, L, plannedGame } from './planned-game';

describe('the HUD', () => {
  it('reads a meter in whole points within 0..100, calm, worried or alarmed', () => {
    expect(meterReading(49.6)).toEqual({ value: 50, tone: 'good' });
    expect(meterReading(49.4)).toEqual({ value: 49, tone: 'warn' });
    expect(meterReading(29.2)).toEqual({ value: 29, tone: 'bad' });
    expect(meterReading(-5)).toEqual({ value: 0, tone: 'bad' });
    expect(meterReading(140)).toEqual({ value: 100, tone: 'good' });
    expect(meterTone(30)).toBe('warn');
  });

  it('shows the season, the week and the money against the promise and the cap', () => {
    const g = afterTheFair('hud1');
    const s = g.state;
    const st = s.history[s.season];
    if (!st) throw new Error('no season stats');
    const v = hudView(g);
    expect(v).toMatchObject({ season: 1, seasons: L.seasons, week: 0, weeks: L.weeksAfter });
    expect(v.patience).toEqual(meterReading(s.ceo.patience));
    expect(v.mood).toEqual(meterReading(s.team.mood));
    expect(v.figures).toEqual({
      revenue: seasonRevenue(st),
      target: st.plan.revenueTarget,
      spent: st.costs,
      cap: st.plan.costCap,
      over: st.costs > st.plan.costCap,
    });
  });

  it('has no money to show before the first plan, and is computed once per revision', () => {
    const g = newGame(L, 'hud2');
    const before = hudView(g);
    expect(before.figures).toBeNull();
    expect(hudView(g)).toBe(before);
    const lim = planLimitsOf(g);
    const plan = {
      booth: 'medium',
      focus: 'conversation',
      pitchers: 1,
      listeners: lim.slots.medium - 1,
    } as const;
    apply(g, {
      type: 'plan',
      ...plan,
      showInnovations: true,
      revenueTarget: lim.minTarget,
      costCap: lim.plannedCost.medium,
    });
    expect(hudView(g)).not.toBe(before);
    expect(hudView(g).figures?.target).toBe(lim.minTarget);
  });
});

describe('the CEO’s street card', () => {
  it('shows nothing before the weeks after', () => {
    const g = plannedGame('hud3');
    expect(ceoRemark(g)).toBeNull();
  });

  it('shows his judgement of the fair, his patience from the plan to now, for two weeks', () => {
    const g = afterTheFair('hud4');
    const s = g.state;
    const r = ceoRemark(g);
    if (!r) throw new Error('the CEO judged the fair');
    expect(r.said).toEqual(latestJudgements(s.news, s.season));
    expect(r.at).toBe(r.said[r.said.length - 1]);
    expect(s.news[r.at]?.week).toBe(0);
    expect(r.fresh).toBe(true);
    expect(r.from).toBe(Math.round(s.history[s.season]?.patienceStart ?? -1));
    expect(r.to).toBe(Math.round(s.ceo.patience));
    expect(r.trend).toBe(r.to > r.from ? 'is-up' : r.to < r.from ? 'is-down' : '');
    for (let w = 1; w <= SHOWN_WEEKS && !g.state.fired; w++) {
      apply(g, { type: 'advance', steps: 1 });
      const now = ceoRemark(g);
      // A new judgement (every fourth week, or when he turns angry) is fresh; his old one is not, after two weeks.
      if (now?.at === r.at) expect(now.fresh).toBe(w < SHOWN_WEEKS);
      else expect(now?.fresh).toBe(true);
    }
  });
});
