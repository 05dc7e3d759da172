// A level's card on the title screen, shared by the shipped levels and one's own: its name,
// seasons, description and lesson, and the question asked in the card before a new game
// would end the game in progress.
import type { Level } from '../levels/schema';
import type { Game } from '../sim';
import type { Ui } from './context';
import { h } from './dom';

export function levelCardBody(ui: Ui, level: Level, source: string | null): HTMLElement[] {
  const { t, lang } = ui;
  const seasons = t('title.seasons', { n: level.seasons });
  return [
    h('h3', null, level.name[lang]),
    h('p', { class: 'level-meta' }, source ? `${source} · ${seasons}` : seasons),
    h('p', null, level.description[lang]),
    h('p', { class: 'level-lesson' }, h('strong', null, `${t('title.lesson')}: `), level.lesson[lang]),
  ];
}

export function replaceConfirm(
  ui: Ui,
  key: string,
  name: string,
  current: Game,
  start: () => void,
  cancel: () => void,
): HTMLElement {
  const { t, lang } = ui;
  return h(
    'div',
    { class: 'confirm', role: 'alert', 'data-confirm': key },
    h(
      'p',
      null,
      t('title.replaceWarning', {
        level: name,
        current: current.level.name[lang],
        season: current.state.season + 1,
      }),
    ),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { class: 'btn btn-primary', type: 'button', onClick: start },
        t('title.replaceConfirm', { level: name }),
      ),
      h('button', { class: 'btn', type: 'button', onClick: cancel }, t('common.cancel')),
    ),
  );
}

/** A level card's Play button. */
export function playButton(ui: Ui, name: string, start: () => void): HTMLElement {
  return h(
    'button',
    {
      class: 'btn btn-primary',
      type: 'button',
      'aria-label': ui.t('title.playLevel', { level: name }),
      onClick: start,
    },
    ui.t('title.play'),
  );
}
