// The dialog layer: the pause menu (resume, settings, help, quit to title) and the settings and
// help dialogs, shown from store.overlay on any screen. The fair's clock waits while one is open.
// Each is a native modal <dialog> (modal.ts: the page behind is inert) holding a paper box with
// a title and a close button; a click beside the box closes it; focus moves in on open and goes
// back to where it was on close. Preact components.
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Overlay, SessionState } from '../store/session';
import type { Settings } from '../store/settings';
import { CloseButton } from './close-button';
import type { Part, Ui } from './context';
import { h } from './dom';
import { Help } from './help';
import { modal } from './modal';
import { SettingsPanel } from './settings-panel';
import { UiContext, useUi } from './ui-context';

export function createDialogs(ui: Ui): Part {
  const el = h('div', { class: 'dialogs' });
  let shown: Overlay | null = null;
  const paint = (st: SessionState) => {
    // The store changes every tick of the fair; with no dialog open there is nothing to draw.
    if (st.overlay === 'none' && shown === 'none') return;
    shown = st.overlay;
    render(
      <UiContext.Provider value={ui}>
        <Dialogs st={st} />
      </UiContext.Provider>,
      el,
    );
  };
  paint(ui.store.getState());
  return { el, update: paint, destroy: () => render(null, el) };
}

function Dialogs({ st }: { st: SessionState }) {
  const { t, store } = useUi();
  const close = () => store.getState().setOverlay('none');
  if (st.overlay === 'pause')
    return (
      <Modal
        key="pause"
        id="pause-menu"
        title={t('pause.title')}
        closeLabel={t('pause.resume')}
        onClose={close}
        narrow
      >
        <PauseMenu st={st} close={close} />
      </Modal>
    );
  if (st.overlay !== 'settings' && st.overlay !== 'help') return null;
  const inPlay = st.screen !== 'title';
  const back = () => store.getState().setOverlay(store.getState().screen !== 'title' ? 'pause' : 'none');
  const done = inPlay ? back : close;
  return (
    <Modal
      key={st.overlay}
      id={`${st.overlay}-dialog`}
      title={st.overlay === 'settings' ? t('settings.title') : t('help.title')}
      closeLabel={t('common.close')}
      onClose={done}
    >
      <PanelAndActions
        overlay={st.overlay}
        settings={st.settings}
        done={done}
        label={inPlay ? t('common.back') : t('common.close')}
      />
    </Modal>
  );
}

interface ModalProps {
  id: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  narrow?: boolean;
  children: ComponentChildren;
}

/** The dialog shell: shown modally once it is in the page, removed (and focus given back) on unmount. */
function Modal({ id, title, closeLabel, onClose, narrow, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const shown = modal(el, onClose);
    // A click on the dimmed space around the box lands on the dialog itself (Escape is the keys' way).
    el.addEventListener('click', (e) => {
      if (e.target === el) onClose();
    });
    queueMicrotask(() => {
      const first = el.querySelector<HTMLElement>('.dialog-body button, .dialog-body input');
      (first ?? el.querySelector<HTMLElement>('h2'))?.focus();
    });
    return () => {
      shown.remove();
      if (before?.isConnected) before.focus();
    };
    // Shown once per dialog: a new overlay is a new dialog (keyed by the caller).
  }, []);
  const titleId = `${id}-title`;
  return (
    <dialog ref={ref} class="modal-layer" aria-labelledby={titleId}>
      <div class={`dialog ${narrow ? 'dialog-narrow' : ''}`} id={id}>
        <header class="dialog-head">
          <h2 id={titleId} tabIndex={-1}>
            {title}
          </h2>
          <CloseButton label={closeLabel} onClick={onClose} />
        </header>
        <div class="dialog-body">{children}</div>
      </div>
    </dialog>
  );
}

function PauseMenu({ st, close }: { st: SessionState; close: () => void }) {
  const { t, store } = useUi();
  return (
    <div class="menu-list">
      <button class="btn btn-primary" type="button" onClick={close}>
        {t('pause.resume')}
      </button>
      <button class="btn" type="button" onClick={() => store.getState().setOverlay('settings')}>
        {t('pause.settings')}
      </button>
      <button class="btn" type="button" onClick={() => store.getState().setOverlay('help')}>
        {t('pause.help')}
      </button>
      <BotButtons st={st} />
      <button class="btn btn-quiet" type="button" onClick={() => store.getState().toTitle()}>
        {t('pause.quit')}
      </button>
      {st.bot ? null : <p class="hint">{t('pause.saved')}</p>}
    </div>
  );
}

/** "Let a bot finish": for a trainer's demo; not in a workshop room (the moves would be sent as the participant's). */
function BotButtons({ st }: { st: SessionState }) {
  const { t, store } = useUi();
  const phase = st.game?.state.phase;
  if (st.bot || st.room || !st.game || phase === 'ended' || st.screen === 'debrief') return null;
  const start = (name: 'listener' | 'pusher') => {
    const s = store.getState();
    s.setOverlay('none');
    s.startBot(name, false);
  };
  return (
    <>
      <button class="btn" type="button" onClick={() => start('listener')}>
        {t('pause.botListener')}
      </button>
      <button class="btn" type="button" onClick={() => start('pusher')}>
        {t('pause.botPusher')}
      </button>
    </>
  );
}

interface PanelProps {
  overlay: Overlay;
  settings: Settings;
  done: () => void;
  label: string;
}

/** The settings or help panel and the dialog's own action under it. */
function PanelAndActions({ overlay, settings, done, label }: PanelProps) {
  return (
    <>
      {overlay === 'settings' ? <SettingsPanel settings={settings} /> : <Help />}
      <div class="dialog-actions">
        <button class="btn btn-primary" type="button" onClick={done}>
          {label}
        </button>
      </div>
    </>
  );
}
