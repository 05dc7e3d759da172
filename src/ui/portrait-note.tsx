// The "turn your phone" note: on a phone held upright during play, a card over the game that
// says the hall reads better in landscape, with a button to play upright anyway.

import { useMemo } from 'preact/hooks';
import { DomNodes } from './dom-nodes';
import { turnPhone } from './portraits';
import { useUi } from './ui-context';

interface PortraitNoteProps {
  shown: boolean;
  onAnyway(): void;
}

export function PortraitNote({ shown, onAnyway }: PortraitNoteProps) {
  const { t } = useUi();
  const icon = useMemo(() => [turnPhone()], []);
  return (
    <div class="portrait-note" hidden={!shown}>
      <div class="portrait-card" role="dialog" aria-labelledby="portrait-title">
        <DomNodes as="div" class="rotate-icon" nodes={icon} />
        <h2 id="portrait-title">{t('portrait.title')}</h2>
        <p>{t('portrait.body')}</p>
        <button class="btn" type="button" onClick={onAnyway}>
          {t('portrait.anyway')}
        </button>
      </div>
    </div>
  );
}
