// One's own level on the title screen: the "Open a level file…" row (the file is checked in
// the browser, with the command line's messages) and, once a level is open, its card with
// Play and "Copy a link to this level" (the level travels in the link's fragment).

import type { Game } from '../sim';
import type { CustomLevel } from '../store/session';
import type { Ui } from './context';
import { fill, h } from './dom';
import { levelCardBody, playButton, replaceConfirm } from './level-card';
import { levelLink, openLevelFile } from './level-open';

export function openLevelRow(ui: Ui): HTMLElement {
  const { t, store } = ui;
  const input = h('input', {
    type: 'file',
    accept: '.json,application/json',
    hidden: true,
    id: 'open-level-file',
    tabindex: -1,
  }) as HTMLInputElement;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void openLevelFile(store, file);
  });
  return h(
    'div',
    { class: 'title-open' },
    h('button', { class: 'btn', type: 'button', onClick: () => input.click() }, t('title.openLevel')),
    h('p', null, t('title.openLevelHint')),
    input,
  );
}

/** "Copy a link": to the clipboard when the browser allows it, else shown to copy by hand. */
function copyLink(
  ui: Ui,
  custom: CustomLevel,
  seed: () => string,
): { button: HTMLElement; status: HTMLElement } {
  const { t } = ui;
  const status = h('div', { class: 'link-status', role: 'status' });
  const copy = async () => {
    const link = await levelLink(custom, seed());
    if (!link) {
      fill(status, h('p', null, t('title.linkTooLong')));
      return;
    }
    try {
      await navigator.clipboard.writeText(link);
      fill(status, h('p', null, t('title.linkCopied')));
    } catch {
      const out = h('input', {
        class: 'level-link-out',
        readonly: true,
        value: link,
        'aria-label': t('title.linkManual'),
      });
      fill(status, h('p', null, t('title.linkManual')), out);
      (out as HTMLInputElement).select();
    }
  };
  const button = h(
    'button',
    { class: 'btn', type: 'button', onClick: () => void copy() },
    t('title.copyLink'),
  );
  return { button, status };
}

export function customCard(
  ui: Ui,
  custom: CustomLevel,
  start: () => void,
  asking: Game | null,
  cancel: () => void,
): HTMLElement {
  const { t, store, lang } = ui;
  const name = custom.level.name[lang];
  const seed = () => {
    const st = store.getState();
    return st.customGame && st.game ? st.game.state.seed : custom.level.defaultSeed;
  };
  const link = copyLink(ui, custom, seed);
  return h(
    'li',
    { class: 'level-card is-custom', 'data-level': custom.file },
    ...levelCardBody(
      ui,
      custom.level,
      `${t('title.customLevel')} · ${t('title.customFrom', { file: custom.file })}`,
    ),
    asking
      ? replaceConfirm(ui, 'own-level', name, asking, start, cancel)
      : h('div', { class: 'row custom-actions' }, playButton(ui, name, start), link.button),
    link.status,
  );
}
