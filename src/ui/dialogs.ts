// The dialog layer: the pause menu (resume, settings, help, quit to title) and the settings and
// help dialogs, shown from store.overlay on any screen. The fair's clock waits while one is open.
import type { Overlay, SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { createDialog, type Dialog } from './dialog';
import { h } from './dom';
import { createHelp } from './help';
import { createSettingsPanel } from './settings-panel';

/** "Let a bot finish": for a trainer's demo; not in a workshop room (the moves would be sent as the participant's). */
function botButtons(ui: Ui, st: SessionState): HTMLElement[] {
  const phase = st.game?.state.phase;
  if (st.bot || st.room || !st.game || phase === 'ended' || st.screen === 'debrief') return [];
  const start = (name: 'listener' | 'pusher') => {
    const s = ui.store.getState();
    s.setOverlay('none');
    s.startBot(name, false);
  };
  return [
    h(
      'button',
      { class: 'btn', type: 'button', onClick: () => start('listener') },
      ui.t('pause.botListener'),
    ),
    h('button', { class: 'btn', type: 'button', onClick: () => start('pusher') }, ui.t('pause.botPusher')),
  ];
}

export function createDialogs(ui: Ui): Part {
  const { t, store } = ui;
  const el = h('div', { class: 'dialogs' });
  let open: { overlay: Overlay; dialog: Dialog; part: Part | null } | null = null;

  const back = () => {
    const st = store.getState();
    st.setOverlay(st.screen !== 'title' ? 'pause' : 'none');
  };
  const close = () => store.getState().setOverlay('none');

  const build = (overlay: Overlay, st: SessionState) => {
    if (overlay === 'pause') {
      const menu = h(
        'div',
        { class: 'menu-list' },
        h('button', { class: 'btn btn-primary', type: 'button', onClick: close }, t('pause.resume')),
        h(
          'button',
          { class: 'btn', type: 'button', onClick: () => store.getState().setOverlay('settings') },
          t('pause.settings'),
        ),
        h(
          'button',
          { class: 'btn', type: 'button', onClick: () => store.getState().setOverlay('help') },
          t('pause.help'),
        ),
        botButtons(ui, st),
        h(
          'button',
          { class: 'btn btn-quiet', type: 'button', onClick: () => store.getState().toTitle() },
          t('pause.quit'),
        ),
        st.bot ? null : h('p', { class: 'hint' }, t('pause.saved')),
      );
      return {
        dialog: createDialog({
          id: 'pause-menu',
          title: t('pause.title'),
          closeLabel: t('pause.resume'),
          onClose: close,
          body: menu,
          className: 'dialog-narrow',
        }),
        part: null,
      };
    }
    const inPlay = st.screen !== 'title';
    const part = overlay === 'settings' ? createSettingsPanel(ui) : createHelp(ui);
    const footer = h(
      'div',
      { class: 'dialog-actions' },
      h(
        'button',
        { class: 'btn btn-primary', type: 'button', onClick: inPlay ? back : close },
        inPlay ? t('common.back') : t('common.close'),
      ),
    );
    const dialog = createDialog({
      id: `${overlay}-dialog`,
      title: overlay === 'settings' ? t('settings.title') : t('help.title'),
      closeLabel: t('common.close'),
      onClose: inPlay ? back : close,
      body: [part.el, footer],
    });
    return { dialog, part };
  };

  const sync = (st: SessionState) => {
    const want = st.overlay;
    if (open?.overlay === want) {
      open.part?.update?.(st);
      return;
    }
    if (open) {
      open.part?.destroy?.();
      open.dialog.destroy();
      open = null;
    }
    if (want === 'none') return;
    const built = build(want, st);
    el.append(built.dialog.el);
    open = { overlay: want, ...built };
  };
  sync(store.getState());
  return {
    el,
    update: sync,
    destroy() {
      open?.part?.destroy?.();
      open?.dialog.destroy();
    },
  };
}
