// The menu button on the screens that have no HUD (briefing, plan, review, debrief): the same
// pause menu as the fair's ☰ (settings with the language, help, a bot to finish, quit).
import type { SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { h } from './dom';

/** Whether the current screen is a sheet without the HUD's own menu button. */
export function needsCornerMenu(st: SessionState): boolean {
  if (st.screen === 'briefing' || st.screen === 'debrief') return true;
  const phase = st.game?.state.phase;
  return st.screen === 'play' && phase !== 'fair' && phase !== 'after';
}

export function createCornerMenu(ui: Ui): Part {
  const { t, store } = ui;
  const el = h(
    'button',
    {
      class: 'btn btn-hud btn-menu corner-menu',
      type: 'button',
      'aria-label': t('common.menu'),
      title: t('common.menu'),
      hidden: true,
      onClick: () => store.getState().setOverlay('pause'),
    },
    h('span', { 'aria-hidden': 'true' }, '☰'),
  );
  const update = (st: SessionState) => {
    const show = needsCornerMenu(st) && st.overlay === 'none';
    if (el.hidden === show) el.hidden = !show;
  };
  update(store.getState());
  return { el, update };
}
