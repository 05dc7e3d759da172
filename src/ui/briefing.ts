// The briefing: the level's story, paragraph by paragraph, and the cast introduced with their
// portraits — you, the CEO, the marketing director and the sceptical team. Then season one.
import type { Part, Ui } from './context';
import { h } from './dom';
import { ceoPortrait, directorPortrait, teamPortrait, youPortrait } from './portraits';

export function createBriefing(ui: Ui): Part {
  const { t, store, lang } = ui;
  const game = store.getState().game;
  if (!game) return { el: h('main', { class: 'screen' }) };
  const L = game.level;
  const ceo = L.ceo.name[lang];
  const director = L.improvements.director[lang];
  const member = (portrait: SVGElement, name: string, role: string) =>
    h('li', { class: 'cast-member' }, portrait, h('div', null, h('h3', null, name), h('p', null, role)));
  const start = h(
    'button',
    { class: 'btn btn-primary btn-big', type: 'button', onClick: () => store.getState().beginPlay() },
    t('briefing.start'),
  );
  const el = h(
    'main',
    { class: 'screen briefing-screen' },
    h(
      'div',
      { class: 'sheet briefing-sheet' },
      h('p', { class: 'eyebrow' }, L.name[lang]),
      h('h1', { tabindex: -1, class: 'screen-title' }, t('briefing.title')),
      h(
        'div',
        { class: 'briefing-story' },
        L.briefing[lang].map((p) => h('p', null, p)),
      ),
      h('h2', null, t('briefing.cast')),
      h(
        'ul',
        { class: 'cast' },
        member(youPortrait(t('briefing.you')), t('briefing.you'), t('briefing.youRole')),
        member(ceoPortrait(ceo), ceo, t('briefing.ceoRole')),
        member(directorPortrait(director), director, t('briefing.directorRole')),
        member(teamPortrait(t('briefing.team')), t('briefing.team'), t('briefing.teamRole')),
      ),
      h(
        'div',
        { class: 'row actions sheet-footer' },
        start,
        h(
          'button',
          { class: 'btn btn-quiet', type: 'button', onClick: () => store.getState().toTitle() },
          t('briefing.backToTitle'),
        ),
      ),
    ),
  );
  return { el };
}
