// The "turn your phone" note: on a phone held upright during play, a card over the game that
// says the hall reads better in landscape, with a button to play upright anyway. It is a
// native modal <dialog>: while it shows, the game behind is inert and focus starts on its
// button; Escape plays upright too; once it closes, focus goes back where it was (or, when
// that is gone, wherever `onClosed` puts it).

import { useEffect, useMemo, useRef } from 'preact/hooks';
import { DomNodes } from './dom-nodes';
import { turnPhone } from './portraits';
import { useUi } from './ui-context';

interface PortraitNoteProps {
  shown: boolean;
  onAnyway(): void;
  /** After it closed with focus nowhere else (what had it before is gone from the page). */
  onClosed(): void;
}

/** Opens or closes the dialog to match `shown` (showModal needs it in the page). */
function useShownModal(
  ref: { current: HTMLDialogElement | null },
  shown: boolean,
  onClosed: () => void,
): void {
  useEffect(() => {
    const sync = () => {
      const el = ref.current;
      if (!el) return;
      if (shown && !el.open && el.isConnected) el.showModal();
      else if (!shown && el.open) {
        el.close();
        const at = document.activeElement;
        if (!at || at === document.body || el.contains(at)) onClosed();
      }
    };
    sync();
    queueMicrotask(sync);
  }, [ref, shown, onClosed]);
}

export function PortraitNote({ shown, onAnyway, onClosed }: PortraitNoteProps) {
  const { t } = useUi();
  const icon = useMemo(() => [turnPhone()], []);
  const ref = useRef<HTMLDialogElement>(null);
  useShownModal(ref, shown, onClosed);
  return (
    <dialog
      ref={ref}
      class="modal-layer portrait-note"
      data-own-keys
      aria-labelledby="portrait-title"
      onCancel={(e) => {
        e.preventDefault();
        onAnyway();
      }}
    >
      <div class="portrait-card">
        <DomNodes as="div" class="rotate-icon" nodes={icon} />
        <h2 id="portrait-title">{t('portrait.title')}</h2>
        <p>{t('portrait.body')}</p>
        <button class="btn" type="button" onClick={onAnyway}>
          {t('portrait.anyway')}
        </button>
      </div>
    </dialog>
  );
}
