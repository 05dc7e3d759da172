// The screens' data: the weeks after (capacity, leads in order and in groups, whether a
// proposal can go out, this week's orders and their sum, news),
// the review (revenue by origin, season totals, what a customer-informed improvement works
// on) and the debrief's lessons — on games the bots play on a shipped level.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { shippedLevel } from '../../src/levels/registry';
import {
  apply,
  favouriteNeed,
  type Game,
  newGame,
  planLimits,
  runBot,
  seasonRevenue,
  summarize,
} from '../../src/sim';
import { seasonEvents } from '../../src/ui/debrief-story';
import { decideKey } from '../../src/ui/keyboard';
import { factsOf, lessonLines } from '../../src/ui/lessons';
import {
  canPropose,
  capacityOf,
  competitorsThisWeek,
  leadGroups,
  ordersThisWeek,
  ordersTotal,
  seasonNews,
  seriesSoFar,
  skipLeavesLeads,
  sortedLeads,
} from '../../src/view/after';
import {
  customerImprovement,
  listenedToAnyone,
  originParts,
  runningTotal,
  seasonTotals,
} from '../../src/view/review';

const L = shippedLevel('the-fair');
const en = translator('en');

/** A game in the weeks after the first fair, listening at a small booth. */
function afterFair(): Game {
  const g = newGame(L, '42');
  const lim = planLimits({ L, s: g.state, ev: null });
  apply(g, {
    type: 'plan',
    booth: 'small',
    focus: 'conversation',
    pitchers: 0,
    listeners: lim.slots.small,
    showInnovations: false,
    revenueTarget: lim.minTarget,
    costCap: lim.plannedCost.small + 30 * L.model.proposalCost,
  });
  apply(g, { type: 'advance', steps: 10_000 });
  return g;
}

describe('the weeks after', () => {
  it('starts with the week’s full capacity and the cap’s room', () => {
    const g = afterFair();
    expect(g.state.phase).toBe('after');
    const cap = capacityOf(g);
    expect(cap.max).toBe(L.team.followUpsPerWeek);
    expect(cap.left).toBe(cap.max);
    expect(cap.fitsCap).toBe(true);
  });

  it('lists open leads first, best conversations first, and counts a sent proposal', () => {
    const g = afterFair();
    const leads = sortedLeads(g);
    expect(leads.length).toBeGreaterThan(0);
    const first = leads[0];
    if (!first) return;
    expect(first.status).toBe('open');
    for (let i = 1; i < leads.length; i++) {
      const a = leads[i - 1];
      const b = leads[i];
      if (a && b && a.status === 'open' && b.status === 'open')
        expect(a.quality).toBeGreaterThanOrEqual(b.quality);
    }
    expect(apply(g, { type: 'followUp', lead: first.id }).ok).toBe(true);
    expect(capacityOf(g).left).toBe(L.team.followUpsPerWeek - 1);
    expect(sortedLeads(g)[0]?.id).not.toBe(first.id);
  });

  it('shows the week’s orders, conversations first, and only weeks played', () => {
    const g = afterFair();
    expect(ordersThisWeek(g)).toEqual([]);
    apply(g, { type: 'advance', steps: 3 });
    const orders = ordersThisWeek(g);
    for (const o of orders) expect(o.week).toBe(3);
    const rank = { 'follow-up': 0, referral: 1, fair: 2, regular: 3 } as const;
    for (let i = 1; i < orders.length; i++) {
      expect(rank[orders[i]?.origin.kind ?? 'regular']).toBeGreaterThanOrEqual(
        rank[orders[i - 1]?.origin.kind ?? 'regular'],
      );
    }
    for (const series of seriesSoFar(g)) expect(series.values.length).toBe(4);
    expect(competitorsThisWeek(g).length).toBe(L.competitors.length);
    const news = seasonNews(g, 3);
    expect(news.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < news.length; i++)
      expect(news[i - 1]?.index ?? 0).toBeGreaterThan(news[i]?.index ?? 0);
  });

  it('groups the leads as the screen lists them: open, sent, gone cold, each in order', () => {
    const g = afterFair();
    const groups = leadGroups(g);
    expect(groups.all).toBe(sortedLeads(g));
    expect(groups.open.length).toBe(groups.all.length);
    const first = groups.open[0];
    if (!first) throw new Error('no leads after the fair');
    expect(apply(g, { type: 'followUp', lead: first.id }).ok).toBe(true);
    const after = leadGroups(g);
    expect(after).not.toBe(groups);
    expect(after.open.map((l) => l.id)).not.toContain(first.id);
    expect(after.sent.map((l) => l.id)).toEqual([first.id]);
    apply(g, { type: 'advance', steps: L.weeksAfter - 1 });
    const late = leadGroups(g);
    expect(late.open.length + late.sent.length + late.cold.length).toBe(late.all.length);
    const inOrder = (list: readonly { id: number }[]) => late.all.filter((l) => list.includes(l));
    for (const list of [late.open, late.sent, late.cold]) expect(list).toEqual(inOrder(list));
    expect(late.sent.every((l) => ['proposed', 'won', 'lost'].includes(l.status))).toBe(true);
    expect(late.cold.every((l) => l.status === 'cold')).toBe(true);
  });

  it('allows proposals while the week has some left, and asks before skipping open leads', () => {
    const g = afterFair();
    expect(canPropose(g)).toBe(true);
    expect(skipLeavesLeads(g)).toBe(leadGroups(g).open.length > 0);
    for (const lead of leadGroups(g).open.slice(0, capacityOf(g).max))
      expect(apply(g, { type: 'followUp', lead: lead.id }).ok).toBe(true);
    expect(capacityOf(g).left).toBe(0);
    expect(canPropose(g)).toBe(false);
    // Next week brings a week's proposals again; open leads under the cap still make skipping ask.
    apply(g, { type: 'advance', steps: 1 });
    expect(capacityOf(g).left).toBe(capacityOf(g).max);
    expect(canPropose(g)).toBe(!g.state.fired && capacityOf(g).fitsCap);
    expect(skipLeavesLeads(g)).toBe(leadGroups(g).open.length > 0 && !g.state.fired && capacityOf(g).fitsCap);
  });

  it('adds up the week’s orders', () => {
    const g = afterFair();
    expect(ordersTotal(g)).toBe(0);
    for (let week = 1; week < L.weeksAfter && ordersThisWeek(g).length === 0; week++)
      apply(g, { type: 'advance', steps: 1 });
    const orders = ordersThisWeek(g);
    expect(orders.length).toBeGreaterThan(0);
    expect(ordersTotal(g)).toBe(orders.reduce((sum, o) => sum + o.value, 0));
  });
});

describe('the review', () => {
  const g = runBot(L, '42', 'listener');

  it('splits a season’s revenue by origin into shares that add up', () => {
    const parts = originParts(g, 0);
    const total = parts.reduce((a, p) => a + p.value, 0);
    const stats = g.state.history[0];
    expect(stats).toBeDefined();
    if (stats) expect(total).toBe(seasonRevenue(stats));
    expect(parts.reduce((a, p) => a + p.share, 0)).toBeCloseTo(1);
  });

  it('totals each season for us and each competitor', () => {
    const totals = seasonTotals(g);
    expect(totals.map((t) => t.id)).toEqual(['us', ...L.competitors.map((c) => c.id)]);
    for (const t of totals) expect(t.values.length).toBe(g.state.history.length);
  });

  it('adds the season up week by week for the chart, ending at the season’s total', () => {
    expect(runningTotal([5, 0, 3, 2])).toEqual([5, 5, 8, 10]);
    const stats = g.state.history[0];
    if (!stats) throw new Error('no season');
    const ours = runningTotal([stats.fairRevenue, ...stats.weeklyRevenue]);
    expect(ours.at(-1)).toBe(seasonRevenue(stats));
    expect(ours).toHaveLength(L.weeksAfter + 1);
  });

  it('pins each season’s layoffs on its own chart, at their week', () => {
    const layoffs = g.state.news.filter((n) => n.kind === 'layoff');
    expect(layoffs.length).toBeGreaterThan(0);
    for (let season = 0; season < g.state.history.length; season++) {
      const mine = layoffs.filter((n) => n.season === season);
      const pins = seasonEvents(en, g, season, 'en');
      expect(pins.map((p) => p.index)).toEqual(mine.map((n) => n.week));
      for (const p of pins) expect(p.label).toMatch(/season \d/);
    }
  });

  it('marks our firing on the season it came in', () => {
    for (let seed = 1; seed < 40; seed++) {
      const fired = runBot(L, String(seed), 'pusher');
      const f = fired.state.fired;
      if (!f) continue;
      const cross = seasonEvents(en, fired, f.season, 'en').filter((p) => p.shape === 'cross');
      expect(cross).toEqual([expect.objectContaining({ index: f.week, label: 'you were let go' })]);
      return;
    }
    throw new Error('no seed fired the pusher');
  });

  it('knows whether anyone was listened to', () => {
    expect(listenedToAnyone(g)).toBe(true);
    expect(customerImprovement(g).basis).toBe('heard');
    const pusher = runBot(L, '42', 'pusher');
    const imp = customerImprovement(pusher);
    expect(imp.need).toBeGreaterThanOrEqual(0);
    expect(listenedToAnyone(pusher)).toBe(false);
    expect(imp.basis).toBe('director');
    expect(imp.need).toBe(favouriteNeed(L));
  });
});

describe('the debrief', () => {
  it('writes lessons from the game’s own numbers', () => {
    const g = runBot(L, '42', 'listener');
    const facts = factsOf(g);
    expect(facts.total).toBe(summarize(g).totals.revenue);
    expect(facts.profit).toBe(summarize(g).totals.profit);
    expect(facts.profit).toBeLessThan(facts.total);
    expect(facts.conversationShare).toBeGreaterThan(0);
    expect(facts.conversationShare).toBeLessThanOrEqual(1);
    const pusher = summarize(runBot(L, '42', 'pusher'));
    const lines = lessonLines(en, facts, 'en', pusher);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(line).not.toMatch(/[{}]/);
    expect(lines.join(' ')).toMatch(/listened more than you pitched/);
  });

  it('counts the player’s own choices apart from the team’s', () => {
    const g = newGame(L, 'own-1');
    const limits = planLimits({ L, s: g.state, ev: null });
    apply(g, {
      type: 'plan',
      booth: 'medium',
      focus: 'display',
      pitchers: 3,
      listeners: limits.slots.medium - 3,
      showInnovations: false,
      revenueTarget: limits.minTarget,
      costCap: limits.plannedCost.medium,
    });
    const mine = { listen: 0, pitch: 0 };
    for (let i = 0; g.state.phase === 'fair' && i < 5000; i++) {
      const v = g.state.visitors.find(
        (x) => x.booth === 0 && (x.status === 'queue' || x.status === 'talking') && !x.talk?.resolved,
      );
      const action = mine.listen + mine.pitch < 6 && v ? (v.id % 2 ? 'listen' : 'pitch') : null;
      if (v && action && apply(g, { type: 'handle', visitor: v.id, action }).ok) mine[action]++;
      else apply(g, { type: 'advance', steps: 1 });
    }
    const facts = factsOf(g);
    expect(facts.mine).toEqual({ listened: mine.listen, pitched: mine.pitch });
    expect(mine.listen + mine.pitch).toBeGreaterThan(0);
    expect(facts.conversations).toBeGreaterThanOrEqual(mine.listen);
    expect(facts.pitches).toBeGreaterThanOrEqual(mine.pitch);
    const line = lessonLines(en, facts, 'en', null)[1];
    expect(line).toBe(
      `You stepped in yourself ${mine.listen + mine.pitch} times: you listened ${mine.listen} ${mine.listen === 1 ? 'time' : 'times'} and pitched ${mine.pitch} ${mine.pitch === 1 ? 'time' : 'times'}. The rest was your team.`,
    );
    expect(lessonLines(en, factsOf(runBot(L, '42', 'pusher')), 'en', null)[1]).toMatch(/never stepped into/);
  });

  it('tells a pusher what it did', () => {
    const facts = factsOf(runBot(L, '42', 'pusher'));
    expect(lessonLines(en, facts, 'en', null).join(' ')).toMatch(/pitched more than you listened/);
  });
});

describe('keyboard shortcuts', () => {
  const calls: string[] = [];
  const state = (over: Record<string, unknown>) =>
    ({
      screen: 'play',
      overlay: 'none',
      selectedVisitor: -1,
      paused: false,
      bot: null,
      game: { state: { phase: 'fair' } },
      selectVisitor: (id: number) => calls.push(`select ${id}`),
      setOverlay: (o: string) => calls.push(`overlay ${o}`),
      setPaused: (p: boolean) => calls.push(`paused ${p}`),
      setSetting: (k: string, v: unknown) => calls.push(`${k} ${v}`),
      dispatch: (c: { type: string }) => calls.push(c.type),
      ...over,
    }) as unknown as Parameters<typeof decideKey>[1];
  const press = (key: string, over: Record<string, unknown> = {}) => {
    calls.length = 0;
    decideKey(key, state(over))?.();
    return calls.slice();
  };

  it('closes the card first, then dialogs, then opens the pause menu', () => {
    expect(press('Escape', { selectedVisitor: 3 })).toEqual(['select -1']);
    expect(press('Escape', { overlay: 'help' })).toEqual(['overlay pause']);
    expect(press('Escape', { overlay: 'pause' })).toEqual(['overlay none']);
    expect(press('Escape')).toEqual(['overlay pause']);
    expect(press('Escape', { screen: 'title', overlay: 'settings' })).toEqual(['overlay none']);
    expect(press('Escape', { screen: 'title' })).toEqual([]);
    // The briefing and the debrief have the same menu.
    expect(press('Escape', { screen: 'briefing' })).toEqual(['overlay pause']);
    expect(press('Escape', { screen: 'debrief', overlay: 'settings' })).toEqual(['overlay pause']);
  });

  it('pauses the fair with Space, sets speed, plays the next week and opens help', () => {
    expect(press(' ')).toEqual(['paused true']);
    expect(press(' ', { paused: true })).toEqual(['paused false']);
    expect(press(' ', { game: { state: { phase: 'after' } } })).toEqual([]);
    expect(press('4')).toEqual(['speed 4']);
    expect(press('n', { game: { state: { phase: 'after' } } })).toEqual(['advance']);
    expect(press('n')).toEqual([]);
    expect(press('h')).toEqual(['overlay help']);
    expect(press('x')).toEqual([]);
  });

  it('lets a watcher pause a bot’s game but not play its weeks', () => {
    expect(press(' ', { bot: { name: 'listener' } })).toEqual(['paused true']);
    expect(press('n', { bot: { name: 'listener' }, game: { state: { phase: 'after' } } })).toEqual([]);
  });
});
