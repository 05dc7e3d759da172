// Which of the world's two views the screen needs: the fair hall (no game yet, the plan, the
// fair, and as the backdrop of the title and briefing), or the street of the weeks after
// (after the fair, the review, the end, and the debrief). Pure: no Phaser.
import type { SessionState } from '../store/session';
import type { ViewName } from './context';

/** Which view the screen needs now. */
export function viewFor(st: Pick<SessionState, 'game' | 'screen'>): ViewName {
  const g = st.game;
  if (!g) return 'hall';
  const ph = g.state.phase;
  const after = ph === 'after' || ph === 'review' || ph === 'ended';
  if (st.screen === 'play') return after ? 'street' : 'hall';
  if (st.screen === 'debrief') return 'street';
  return 'hall';
}
