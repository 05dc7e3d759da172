// "What moved them": a small button beside the HUD's meters that opens, under the HUD, what
// moved the CEO's patience and the team's mood this season, by cause, in words and points
// (the season's `moves` from the simulation).

import type { Key } from '../i18n';
import { number } from '../i18n/format';
import type { SeasonMoves } from '../sim';
import type { SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { fill, h } from './dom';

function lines(ui: Ui, moves: Record<string, number>, prefix: 'moves.p' | 'moves.m'): HTMLElement {
  const shown = Object.entries(moves)
    .map(([cause, v]) => [cause, Math.round(v)] as const)
    .filter(([, v]) => v !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  if (!shown.length) return h('p', { class: 'hint' }, ui.t('moves.none'));
  return h(
    'ul',
    { class: 'moves-list' },
    shown.map(([cause, v]) =>
      h(
        'li',
        { 'data-cause': cause },
        h('strong', { class: v > 0 ? 'up' : 'down' }, `${v > 0 ? '+' : '−'}${number(Math.abs(v), ui.lang)}`),
        ' ',
        ui.t(`${prefix}.${cause}` as Key),
      ),
    ),
  );
}

export function createMoves(ui: Ui): Part & { button: HTMLElement } {
  const { t, store } = ui;
  const pop = h('section', {
    class: 'moves-pop',
    id: 'moves-pop',
    hidden: true,
    'aria-labelledby': 'moves-title',
  });
  const button = h(
    'button',
    {
      class: 'btn btn-hud btn-why',
      type: 'button',
      'aria-label': t('moves.button'),
      title: t('moves.button'),
      'aria-expanded': 'false',
      'aria-controls': 'moves-pop',
      onClick: () => toggle(),
    },
    h('span', { 'aria-hidden': 'true' }, '?'),
  );
  let shownKey = '';
  const render = (st: SessionState) => {
    if (pop.hidden) return;
    const g = st.game;
    const moves: SeasonMoves | undefined = g?.state.history[g.state.season]?.moves;
    const key = JSON.stringify(moves ?? null);
    if (key === shownKey) return;
    shownKey = key;
    fill(
      pop,
      h('h2', { id: 'moves-title' }, t('moves.title')),
      h('h3', null, t('moves.patience')),
      moves ? lines(ui, moves.patience, 'moves.p') : null,
      h('h3', null, t('moves.mood')),
      moves ? lines(ui, moves.mood, 'moves.m') : null,
      h('button', { class: 'btn btn-small', type: 'button', onClick: () => toggle(false) }, t('moves.close')),
    );
  };
  const toggle = (open = pop.hidden) => {
    pop.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    shownKey = '';
    render(store.getState());
    if (!open) button.focus();
  };
  return { el: pop, button, update: render };
}
