// The dialog layer: the pause menu (resume, settings, help, quit to title) and the settings and
// help dialogs, shown from store.overlay on any screen. The fair's clock waits while one is open.
import type { Overlay, SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { createDialog, type Dialog } from './dialog';
import { h } from './dom';
import { createHelp } from './help';
import { createSettingsPanel } from './settingsPanel';

export function createDialogs(ui: Ui): Part {
  const { t, store } = ui;
  const el = h('div', { class: 'dialogs' });
  let open: { overlay: Overlay; dialog: Dialog; part: Part | null } | null = null;

  const back = () => {
    const st = store.getState();
    st.setOverlay(st.screen === 'play' ? 'pause' : 'none');
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
    const inPlay = st.screen === 'play';
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
