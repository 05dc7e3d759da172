// The question a link asks when it would replace a game in progress: which level (and world,
// and bot) the link opens, which game would end, and two answers. Nothing is replaced until
// the player says so; keeping the game leaves the link's level one click away on the title.
import { levelById, type SessionState } from '../store/session';
import type { Ui } from './context';
import { fill, h } from './dom';

export function renderLinkOffer(ui: Ui, slot: HTMLElement, st: SessionState): void {
  const { t, store, lang } = ui;
  const offer = st.linkOffer;
  const current = st.game;
  const level = offer ? (offer.custom?.level ?? levelById(offer.level)) : null;
  if (!offer || !current || !level) {
    fill(slot);
    slot.hidden = true;
    return;
  }
  slot.hidden = false;
  const name = level.name[lang];
  fill(
    slot,
    h(
      'div',
      { class: 'confirm link-offer', role: 'alertdialog', 'aria-labelledby': 'link-offer-text' },
      h(
        'p',
        { id: 'link-offer-text' },
        t('title.linkOffer', {
          level: name,
          seed: offer.seed ? t('title.linkSeed', { seed: offer.seed }) : '',
          current: current.level.name[lang],
          season: current.state.season + 1,
          seasons: current.level.seasons,
        }),
      ),
      offer.bot ? h('p', null, t('title.linkBot', { bot: offer.bot })) : null,
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          { class: 'btn btn-primary', type: 'button', onClick: () => store.getState().answerLink(true) },
          t('title.linkReplace', { level: name }),
        ),
        h(
          'button',
          { class: 'btn', type: 'button', onClick: () => store.getState().answerLink(false) },
          t('title.linkKeep'),
        ),
      ),
    ),
  );
}
