// The level's tutorial tips for a phase, as a friendly dismissible note — built with h()
// (createTips) or as a Preact component (Tips, the screens moved to Preact). Dismissed tips
// stay hidden for the rest of the session (kept in memory, per level and phase).
import { useState } from 'preact/hooks';
import type { Level } from '../levels/schema';
import { CloseButton } from './close-button';
import type { Ui } from './context';
import { h } from './dom';
import { useUi } from './ui-context';

const dismissed = new Set<string>();

export type TipPhase = 'plan' | 'fair' | 'after' | 'review';

/** The tip texts of a phase in the player's language. */
export function tipsFor(level: Level, phase: TipPhase, lang: 'en' | 'nl'): string[] {
  return level.tutorial.filter((tip) => tip.phase === phase).map((tip) => tip.text[lang]);
}

/**
 * The phase's tips as a note; `onRead`, when given, makes it wait for the player: a "Got it"
 * button dismisses it and calls back (the fair's clock waits for that).
 */
export function createTips(ui: Ui, level: Level, phase: TipPhase, onRead?: () => void): HTMLElement | null {
  const key = `${level.id}:${phase}`;
  const tips = tipsFor(level, phase, ui.lang);
  if (!tips.length || dismissed.has(key)) return null;
  const done = () => {
    dismissed.add(key);
    el.remove();
    onRead?.();
  };
  const el = h(
    'aside',
    { class: 'tip', 'aria-label': ui.t('common.tip') },
    h('span', { class: 'tip-badge', 'aria-hidden': 'true' }, '?'),
    h(
      'div',
      { class: 'tip-text' },
      tips.map((text) => h('p', null, text)),
      onRead
        ? h(
            'button',
            { class: 'btn btn-small btn-primary', type: 'button', 'data-tip-read': '', onClick: done },
            ui.t('common.tipRead'),
          )
        : null,
    ),
    h(
      'button',
      {
        class: 'btn btn-icon',
        type: 'button',
        'aria-label': ui.t('common.hideTip'),
        title: ui.t('common.hideTip'),
        onClick: done,
      },
      '×',
    ),
  );
  return el;
}

/**
 * The phase's tips as a note, in a Preact tree: the same element as createTips without
 * `onRead` (hiding it is all the player can do).
 */
export function Tips({ level, phase }: { level: Level; phase: TipPhase }) {
  const { t, lang } = useUi();
  const key = `${level.id}:${phase}`;
  const [hidden, setHidden] = useState(() => dismissed.has(key));
  const tips = tipsFor(level, phase, lang);
  if (hidden || !tips.length) return null;
  const hide = () => {
    dismissed.add(key);
    setHidden(true);
  };
  return (
    <aside class="tip" aria-label={t('common.tip')}>
      <span class="tip-badge" aria-hidden="true">
        ?
      </span>
      <div class="tip-text">
        {tips.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </div>
      <CloseButton label={t('common.hideTip')} onClick={hide} />
    </aside>
  );
}
