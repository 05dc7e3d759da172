// The play screen: picks the view of the sim's phase — plan, fair, weeks after, review — and
// swaps it when the phase or season changes; shows the bot banner when a bot is playing and
// tells screen readers when a new part of the season begins.
import { createElement } from 'preact';
import type { SessionState } from '../store/session';
import { createAfter } from './after';
import { BotBanner } from './bot-banner';
import type { Part, Ui } from './context';
import { h } from './dom';
import { elementRoot } from './element-root';
import { createFair } from './fair';
import { focusTitleOf, lazyPart } from './lazy-part';
import { createPlan } from './plan';

/**
 * What the phase screen is built for: the phase, the season, and whether a bot plays it — so a
 * bot handed the game mid-phase (from the menu) gets a screen whose controls it holds, and a
 * player taking over gets their controls back.
 */
export function phaseKey(st: Pick<SessionState, 'game' | 'bot'>): string {
  const s = st.game?.state;
  return s ? `${s.phase}:${s.season}:${st.bot ? 'bot' : 'player'}` : 'none';
}

export function createPlay(ui: Ui): Part {
  const { t, store } = ui;
  const el = h('div', { class: 'screen play-screen' });
  const bannerFor = (botName: string | null) => createElement(BotBanner, { botName });
  const banner = elementRoot(ui, bannerFor(null));
  const slot = h('div', { class: 'phase-slot' });
  el.append(slot, banner.el);
  let current: { key: string; part: Part } | null = null;

  const build = (st: SessionState): Part => {
    const phase = st.game?.state.phase;
    switch (phase) {
      case 'plan':
        return createPlan(ui);
      case 'fair':
        return createFair(ui);
      case 'after':
        return createAfter(ui);
      case 'review':
      case 'ended':
        return lazyPart(ui, 'review', h('main', { class: 'screen sheet-screen review-screen' }));
      default:
        return { el: h('div') };
    }
  };

  const sync = (st: SessionState) => {
    const key = phaseKey(st);
    if (current?.key !== key) {
      const first = current === null;
      const hadFocus = current?.part.el.contains(document.activeElement) ?? false;
      current?.part.destroy?.();
      current?.part.el.remove();
      const part = build(st);
      slot.append(part.el);
      current = { key, part };
      const phase = st.game?.state.phase;
      if (!first && !st.bot) {
        if (phase === 'fair') ui.announce(t('live.phaseFair'));
        else if (phase === 'after') ui.announce(t('live.phaseAfter'));
        else if (phase === 'review' || phase === 'ended') ui.announce(t('live.phaseReview'));
      }
      if ((first || hadFocus || document.activeElement === document.body) && !st.bot)
        focusTitleOf(part, '.screen-title, .panel-title');
    } else current.part.update?.(st);
    banner.render(bannerFor(st.bot?.name ?? null));
  };
  sync(store.getState());
  return {
    el,
    update: sync,
    destroy() {
      current?.part.destroy?.();
      banner.unmount();
    },
  };
}
