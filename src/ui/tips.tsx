// The level's tutorial tips for a phase, as a friendly dismissible note (the Tips component).
// Dismissed tips stay hidden for the rest of the session (kept in memory, per level and phase).
import { useState } from 'preact/hooks';
import type { Level } from '../levels/schema';
import { CloseButton } from './close-button';
import { useUi } from './ui-context';

const dismissed = new Set<string>();

export type TipPhase = 'plan' | 'fair' | 'after' | 'review';

const keyOf = (level: Level, phase: TipPhase) => `${level.id}:${phase}`;

/** The tip texts of a phase in the player's language. */
export function tipsFor(level: Level, phase: TipPhase, lang: 'en' | 'nl'): string[] {
  return level.tutorial.filter((tip) => tip.phase === phase).map((tip) => tip.text[lang]);
}

/** Whether the phase has tips the player has not dismissed yet (a Tips would show them). */
export function tipShown(level: Level, phase: TipPhase, lang: 'en' | 'nl'): boolean {
  return tipsFor(level, phase, lang).length > 0 && !dismissed.has(keyOf(level, phase));
}

interface TipsProps {
  level: Level;
  phase: TipPhase;
  /** Makes the note wait for the player: a "Got it" button hides it and calls back (the fair's clock waits for that). */
  onRead?: () => void;
}

/** The phase's tips as a note; hiding it (or reading it) dismisses it for the session. */
export function Tips({ level, phase, onRead }: TipsProps) {
  const { t, lang } = useUi();
  const key = keyOf(level, phase);
  const [hidden, setHidden] = useState(() => dismissed.has(key));
  const tips = tipsFor(level, phase, lang);
  if (hidden || !tips.length) return null;
  const hide = () => {
    dismissed.add(key);
    setHidden(true);
    onRead?.();
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
        {onRead ? (
          <button class="btn btn-small btn-primary" type="button" data-tip-read="" onClick={hide}>
            {t('common.tipRead')}
          </button>
        ) : null}
      </div>
      <CloseButton label={t('common.hideTip')} onClick={hide} />
    </aside>
  );
}
