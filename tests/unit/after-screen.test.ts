// The weeks after (src/ui/after.tsx, after-leads.tsx, after-week.tsx) on a game of The Fair
// played through a real session store: the words the components put on screen (the week's
// title, a lead's line, the spending line, the competitors' week, what a new week's orders say
// to screen readers) and the key whose change moves the focus on from a sent lead. Vitest runs
// in Node without a DOM, so the rendered screen is checked by the browser tests; this checks
// what the components are fed. The components take their data from update(st) only.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { shippedLevel } from '../../src/levels/registry';
import { runBot } from '../../src/sim';
import { createSession, type SessionStore } from '../../src/store/session';
import { defaultSettings } from '../../src/store/settings';
import { memoryStorage } from '../../src/store/storage';
import { panelKey } from '../../src/ui/after';
import { leadMeta, leadsKey, spendLine } from '../../src/ui/after-leads';
import { elsewhereList, ordersSaid, weekTitle } from '../../src/ui/after-week';
import type { Ui } from '../../src/ui/context';
import { capacityOf, leadGroups, ordersThisWeek } from '../../src/view/after';

const t = translator('en');
const botGame = runBot(shippedLevel('the-fair'), '42', 'listener');

/** A session store that played the listener bot's plan and fair, at week 0 of the weeks after. */
function atWeeksAfter(): { ui: Ui; store: SessionStore } {
  const store = createSession({ storage: memoryStorage(), defaults: defaultSettings(), resume: false });
  expect(store.getState().startLevel('the-fair', '42')).toBe(true);
  store.getState().beginPlay();
  for (const cmd of botGame.log) {
    if (store.getState().game?.state.phase === 'after') break;
    expect(store.getState().dispatch(cmd).ok).toBe(true);
  }
  expect(store.getState().game?.state.phase).toBe('after');
  return { ui: { store, lang: 'en', t, announce: () => undefined }, store };
}

function game(store: SessionStore) {
  const g = store.getState().game;
  if (!g) throw new Error('no game');
  return g;
}

describe('the weeks after', () => {
  it('titles the week card with the week once one is played', () => {
    expect(weekTitle(t, 0)).toBe('This week');
    expect(weekTitle(t, 3)).toBe('This week · Week 3');
  });

  it('says when a lead was met, how good the talk was, and how long it stays warm', () => {
    const { store } = atWeeksAfter();
    const g = game(store);
    const lead = leadGroups(g).open[0];
    if (!lead) throw new Error('no open lead');
    const line = leadMeta(t, g, lead);
    expect(line).toMatch(/^met on day \d+ · a (warm conversation|good talk|short chat) · /);
    expect(line).toMatch(/(\d+ weeks? left to follow up|last chance to follow up: this week)$/);
    store.getState().dispatch({ type: 'followUp', lead: lead.id });
    const sent = leadGroups(g).sent.find((l) => l.id === lead.id);
    if (!sent) throw new Error('the proposal did not go out');
    expect(leadMeta(t, g, sent)).toBe(line.split(' · ').slice(0, 2).join(' · '));
  });

  it('changes the leads’ key when a proposal goes out or a week is played, not otherwise', () => {
    const { store } = atWeeksAfter();
    const g = game(store);
    const key = leadsKey(g);
    store.getState().setSetting('speed', 2);
    expect(leadsKey(g)).toBe(key);
    const lead = leadGroups(g).open[0];
    if (!lead) throw new Error('no open lead');
    store.getState().dispatch({ type: 'followUp', lead: lead.id });
    const sent = leadsKey(g);
    expect(sent).not.toBe(key);
    store.getState().dispatch({ type: 'advance', steps: 1 });
    expect(leadsKey(g)).not.toBe(sent);
  });

  it('spells out the spending against the cap', () => {
    const { ui, store } = atWeeksAfter();
    const g = game(store);
    const cap = capacityOf(g);
    const line = spendLine(ui, g);
    expect(line).toMatch(
      /^Spent €[\d,]+, and €[\d,]+ of team costs still to come, of your €[\d,]+ cap: room for/,
    );
    expect(line.endsWith(t('after.overCap'))).toBe(!cap.fitsCap);
  });

  it('says the competitors’ week and a new week’s orders once a week is played', () => {
    const { ui, store } = atWeeksAfter();
    const g = game(store);
    expect(elsewhereList(ui, g)).toBe('');
    expect(ordersSaid(ui, g)).toBeNull();
    let week = 0;
    while (week < g.level.weeksAfter - 1 && ordersThisWeek(g).length === 0) {
      store.getState().dispatch({ type: 'advance', steps: 1 });
      week++;
    }
    expect(elsewhereList(ui, g).split(' · ').length).toBe(g.level.competitors.length);
    const n = ordersThisWeek(g).length;
    expect(n).toBeGreaterThan(0);
    expect(ordersSaid(ui, g)).toMatch(
      n === 1
        ? new RegExp(`^Week ${week}: an order arrived, €[\\d,]+\\.$`)
        : new RegExp(`^Week ${week}: ${n} orders arrived, €[\\d,]+\\.$`),
    );
  });
});

describe('the weeks after’s components', () => {
  it('are drawn again when the game, the bot or the rule changes, not on every store change', () => {
    const { store } = atWeeksAfter();
    const key = panelKey(store.getState());
    store.getState().setSetting('speed', 4);
    store.getState().setPaused(true);
    expect(panelKey(store.getState())).toBe(key);
    const lead = leadGroups(game(store)).open[0];
    if (!lead) throw new Error('no open lead');
    store.getState().dispatch({ type: 'followUp', lead: lead.id });
    const sent = panelKey(store.getState());
    expect(sent).not.toBe(key);
    store.getState().playWeeks({ leads: 'all', perWeek: 1 });
    const ruled = panelKey(store.getState());
    expect(ruled).not.toBe(sent);
    store.getState().stopWeeks();
    const stopped = panelKey(store.getState());
    expect(stopped).not.toBe(ruled);
    store.getState().startBot('listener', false);
    expect(store.getState().bot).not.toBeNull();
    expect(panelKey(store.getState())).not.toBe(stopped);
  });

  it('take their data from update(st): none subscribes to the store', () => {
    for (const file of ['src/ui/after.tsx', 'src/ui/after-leads.tsx', 'src/ui/after-week.tsx']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\.subscribe\(|useStore\b|getState\(\)\.game/);
    }
  });
});
