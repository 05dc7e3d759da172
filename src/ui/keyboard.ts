// Keyboard shortcuts for the whole game: Esc closes the card or a dialog, or opens the pause
// menu (on every screen but the title); Space pauses and resumes the fair; 1, 2 and 4 set the speed; N plays the next week;
// H opens the help. Keys typed into fields, or used by a focused button, are left alone, and
// so is every key while a dialog that handles its own keys is open.
import type { SessionStore } from '../store/session';
import { isTypingTarget } from './dom';

export function decideKey(key: string, st: ReturnType<SessionStore['getState']>): null | (() => void) {
  const phase = st.game?.state.phase;
  const playing = st.screen === 'play';
  switch (key) {
    case 'Escape':
      if (st.selectedVisitor >= 0) return () => st.selectVisitor(-1);
      if (st.overlay === 'settings' || st.overlay === 'help')
        return () => st.setOverlay(st.screen !== 'title' ? 'pause' : 'none');
      if (st.overlay === 'pause') return () => st.setOverlay('none');
      if (st.screen !== 'title') return () => st.setOverlay('pause');
      return null;
    case ' ':
    case 'Spacebar':
      if (playing && phase === 'fair' && st.overlay === 'none' && st.selectedVisitor < 0)
        return () => st.setPaused(!st.paused);
      return null;
    case '1':
    case '2':
    case '4':
      if (st.overlay !== 'none') return null;
      return () => st.setSetting('speed', Number(key) as 1 | 2 | 4);
    case 'n':
    case 'N':
      if (playing && phase === 'after' && st.overlay === 'none' && !st.bot)
        return () => st.dispatch({ type: 'advance', steps: 1 });
      return null;
    case 'h':
    case 'H':
      if (st.overlay === 'help') return null;
      return () => st.setOverlay('help');
    default:
      return null;
  }
}

export function installKeyboard(store: SessionStore): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    // A modal that is not the store's (the turn-your-phone note) keeps every key while open:
    // Escape is its own cancel, and nothing may start behind it.
    if (document.querySelector('dialog[open][data-own-keys]')) return;
    if (isTypingTarget(e.target) && e.key !== 'Escape') return;
    const target = e.target as HTMLElement | null;
    // Space and Enter belong to a focused button or link.
    if ((e.key === ' ' || e.key === 'Spacebar') && target?.closest('button, a, summary, label')) return;
    const action = decideKey(e.key, store.getState());
    if (!action) return;
    e.preventDefault();
    action();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
