// The HUD strip at the top of the play screen. During the fair: season, day and the hall's
// clock, what each booth signed today, the CEO's patience, the team's mood, pause and speed.
// In the weeks after: the week, revenue against the promise, spending against the cap and
// the season's profit so far (the game's score).
// Numbers update in place a few times a second; nothing is rebuilt while the fair runs.
import { clock, money, moneyShort } from '../i18n/format';
import type { SessionState } from '../store/session';
import type { Speed } from '../store/settings';
import { seasonRevenue } from '../view';
import { profitFigure } from '../view/after';
import { fairClock, salesToday } from '../view/selectors';
import type { Part, Ui } from './context';
import { h, setAttr, setText } from './dom';
import { createMeter } from './meter';
import { createMoves } from './moves-popover';
import { supplierColor, supplierNameById } from './text';

export function salesChips(ui: Ui, className: string): Part {
  const { t, lang, store } = ui;
  const game = store.getState().game;
  const el = h('div', { class: className, role: 'group', 'aria-label': t('hud.soldToday') });
  if (!game) return { el };
  const L = game.level;
  el.append(h('span', { class: 'chips-label' }, t('hud.soldToday')));
  const cells = salesToday(game).map((b) => {
    const value = h('span', { class: 'chip-value' });
    const name = b.id === 'us' ? t('common.you') : supplierNameById(L, b.id, lang);
    const chip = h(
      'span',
      { class: b.id === 'us' ? 'chip is-ours' : 'chip' },
      h('span', { class: 'dot', style: `--dot:${supplierColor(L, b.id)}`, 'aria-hidden': 'true' }),
      h('span', { class: 'chip-name' }, name),
      value,
    );
    el.append(chip);
    return { value, supplier: b.supplier };
  });
  const update = (st: SessionState) => {
    const g = st.game;
    if (!g) return;
    const sales = salesToday(g);
    for (const c of cells) {
      const sold = sales[c.supplier]?.soldToday ?? 0;
      setText(c.value, sold > 0 ? moneyShort(sold, lang) : '–');
      setAttr(c.value, 'aria-label', sold > 0 ? money(sold, lang) : t('hud.nobodySold'));
    }
  };
  update(store.getState());
  return { el, update };
}

function speedControls(ui: Ui): Part {
  const { t, store } = ui;
  const pause = h('button', {
    class: 'btn btn-hud btn-pause',
    type: 'button',
    onClick: () => {
      const st = store.getState();
      st.setPaused(!st.paused);
    },
  });
  const speeds = ([1, 2, 4] as Speed[]).map((n) =>
    h(
      'button',
      {
        class: 'btn btn-hud',
        type: 'button',
        'aria-label': t('settings.speedLabel', { n }),
        'aria-pressed': 'false',
        onClick: () => {
          const st = store.getState();
          st.setSetting('speed', n);
          if (st.paused) st.setPaused(false);
        },
      },
      t('settings.speedValue', { n }),
    ),
  );
  const el = h(
    'div',
    { class: 'speed-controls', role: 'group', 'aria-label': t('hud.speedControls') },
    pause,
    speeds,
  );
  const update = (st: SessionState) => {
    const label = st.paused ? t('hud.resume') : t('hud.pause');
    setAttr(pause, 'aria-label', label);
    setAttr(pause, 'title', label);
    setText(pause, st.paused ? '▶' : '❚❚');
    setAttr(pause, 'data-paused', String(st.paused));
    speeds.forEach((b, i) => {
      // The chosen speed stays marked while paused: it is the speed the fair resumes at.
      setAttr(b, 'aria-pressed', String(st.settings.speed === [1, 2, 4][i]));
    });
  };
  update(store.getState());
  return { el, update };
}

export function createHud(ui: Ui, mode: 'fair' | 'after'): Part {
  const { t, lang, store } = ui;
  const game = store.getState().game;
  const el = h('header', { class: `hud hud-${mode}`, 'aria-label': t('hud.label') });
  if (!game) return { el };
  const L = game.level;
  const menu = h(
    'button',
    {
      class: 'btn btn-hud btn-menu',
      type: 'button',
      'aria-label': t('common.menu'),
      title: t('common.menu'),
      onClick: () => store.getState().setOverlay('pause'),
    },
    h('span', { 'aria-hidden': 'true' }, '☰'),
  );
  const season = h('span', { class: 'hud-season' });
  const when = h('span', { class: 'hud-when' });
  const time = h('span', { class: 'hud-time' });
  const place = h('div', { class: 'hud-place' }, season, h('span', { class: 'hud-when-row' }, when, time));
  const patience = createMeter(t('hud.patience'), (v) => t('hud.meterValue', { value: v }));
  const mood = createMeter(t('hud.mood'), (v) => t('hud.meterValue', { value: v }));
  const parts: Part[] = [];
  el.append(menu, place);

  let revenue: HTMLElement | null = null;
  let spend: HTMLElement | null = null;
  let profit: HTMLElement | null = null;
  if (mode === 'fair') {
    const chips = salesChips(ui, 'hud-sales chips');
    parts.push(chips);
    el.append(chips.el);
  } else {
    revenue = h('span', { class: 'hud-figure-value' });
    spend = h('span', { class: 'hud-figure-value' });
    profit = h('span', { class: 'hud-figure-value' });
    el.append(
      h('div', { class: 'hud-figure' }, h('span', { class: 'hud-figure-label' }, t('hud.revenue')), revenue),
      h(
        'div',
        { class: 'hud-figure hud-spend' },
        h('span', { class: 'hud-figure-label' }, t('hud.spend')),
        spend,
      ),
      h(
        'div',
        { class: 'hud-figure hud-profit' },
        h('span', { class: 'hud-figure-label' }, t('hud.profit')),
        profit,
      ),
    );
  }
  const moves = createMoves(ui);
  parts.push(moves);
  el.append(h('div', { class: 'hud-meters' }, patience.el, mood.el, moves.button), moves.el);
  if (mode === 'fair') {
    const controls = speedControls(ui);
    parts.push(controls);
    el.append(controls.el);
  }

  const update = (st: SessionState) => {
    const g = st.game;
    if (!g) return;
    const s = g.state;
    setText(season, t('common.season', { n: s.season + 1, total: L.seasons }));
    if (mode === 'fair') {
      const c = fairClock(g);
      setText(when, t('common.day', { n: c.day, total: c.days }));
      setText(time, clock(c.minutes, lang));
    } else {
      setText(when, s.week > 0 ? t('common.week', { n: s.week, total: L.weeksAfter }) : t('news.fairWeek'));
      setText(time, '');
      const stats = s.history[s.season];
      if (stats && revenue && spend) {
        setText(
          revenue,
          t('hud.revenueOf', {
            revenue: moneyShort(seasonRevenue(stats), lang),
            target: moneyShort(stats.plan.revenueTarget, lang),
          }),
        );
        setText(
          spend,
          t('hud.spendOf', {
            spent: moneyShort(stats.costs, lang),
            cap: moneyShort(stats.plan.costCap, lang),
          }),
        );
        setAttr(spend, 'data-over', String(stats.costs > stats.plan.costCap));
      }
      const p = profitFigure(g, lang);
      if (p && profit) {
        setText(profit, p.text);
        setAttr(profit, 'data-loss', String(p.loss));
      }
    }
    patience.set(s.ceo.patience);
    mood.set(s.team.mood);
    for (const p of parts) p.update?.(st);
  };
  update(store.getState());
  return { el, update };
}
