// The menu button on the screens that have no HUD (briefing, plan, review, debrief): the same
// pause menu as the fair's ☰ (settings with the language, help, a bot to finish, quit).
import type { SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { elementRoot } from './element-root';
import { useUi } from './ui-context';

/** Whether the current screen is a sheet without the HUD's own menu button. */
export function needsCornerMenu(st: SessionState): boolean {
  if (st.screen === 'briefing' || st.screen === 'debrief') return true;
  const phase = st.game?.state.phase;
  return st.screen === 'play' && phase !== 'fair' && phase !== 'after';
}

export function createCornerMenu(ui: Ui): Part {
  const root = elementRoot(ui, <CornerMenu st={ui.store.getState()} />);
  return { el: root.el, update: (st) => root.render(<CornerMenu st={st} />) };
}

/** The ☰ button, hidden where the screen has its own menu or a dialog is open. */
export function CornerMenu({ st }: { st: SessionState }) {
  const { t, store } = useUi();
  return (
    <button
      class="btn btn-hud btn-menu corner-menu"
      type="button"
      aria-label={t('common.menu')}
      title={t('common.menu')}
      hidden={!(needsCornerMenu(st) && st.overlay === 'none')}
      onClick={() => store.getState().setOverlay('pause')}
    >
      <span aria-hidden="true">☰</span>
    </button>
  );
}
