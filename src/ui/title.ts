// The title screen: the game's name and tagline, Continue (a game in progress) or the last
// debrief, the level choice with each level's description and lesson, settings and help.
// Starting a level while a game is in progress asks first, right in the level's card.
import type { SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { fill, h } from './dom';
import { langSwitch } from './langSwitch';
import { shippedLevels } from './levels';
import { renderLinkOffer } from './linkOffer';
import { logo } from './portraits';

export function createTitle(ui: Ui): Part {
  const { t, store, lang } = ui;
  const continueSlot = h('div', { class: 'title-continue' });
  const offerSlot = h('div', { class: 'title-offer' });
  let confirming: string | null = null;
  const list = h('ul', { class: 'level-list' });

  const renderContinue = (st: SessionState) => {
    const g = st.game;
    if (!g) {
      fill(continueSlot);
      return;
    }
    const name = g.level.name[lang];
    if (g.state.phase === 'ended') {
      fill(
        continueSlot,
        h(
          'button',
          { class: 'btn btn-big', type: 'button', onClick: () => store.getState().toDebrief() },
          h('span', { class: 'btn-main' }, t('title.seeDebrief')),
          h('span', { class: 'btn-sub' }, t('title.seeDebriefDetail', { level: name })),
        ),
      );
      return;
    }
    const fresh = g.log.length === 0;
    fill(
      continueSlot,
      h(
        'button',
        {
          class: 'btn btn-primary btn-big',
          type: 'button',
          onClick: () => {
            const s = store.getState();
            const game = s.game;
            if (!game) return;
            if (game.log.length === 0) s.startLevel(game.level.id, game.state.seed);
            else s.beginPlay();
          },
        },
        h('span', { class: 'btn-main' }, t('title.continue')),
        h(
          'span',
          { class: 'btn-sub' },
          fresh
            ? t('title.continueBriefing', { level: name })
            : t('title.continueDetail', {
                level: name,
                season: g.state.season + 1,
                seasons: g.level.seasons,
              }),
        ),
      ),
    );
  };

  const inProgress = (st: SessionState) => {
    const g = st.game;
    return g && g.state.phase !== 'ended' && g.log.length > 0 ? g : null;
  };

  const renderLevels = () => {
    const st = store.getState();
    fill(
      list,
      shippedLevels().map(({ id, level }) => {
        if (!level) {
          return h(
            'li',
            { class: 'level-card is-broken' },
            h('h3', null, id),
            h('p', null, t('title.levelBroken')),
          );
        }
        const name = level.name[lang];
        const current = inProgress(st);
        const start = () => {
          const g = inProgress(store.getState());
          if (g && confirming !== id) {
            confirming = id;
            renderLevels();
            list.querySelector<HTMLElement>(`[data-confirm="${id}"] .btn-primary`)?.focus();
            return;
          }
          confirming = null;
          store.getState().startLevel(id);
        };
        const confirmBox =
          confirming === id && current
            ? h(
                'div',
                { class: 'confirm', role: 'alert', 'data-confirm': id },
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
                  h(
                    'button',
                    {
                      class: 'btn',
                      type: 'button',
                      onClick: () => {
                        confirming = null;
                        renderLevels();
                      },
                    },
                    t('common.cancel'),
                  ),
                ),
              )
            : null;
        return h(
          'li',
          { class: 'level-card' },
          h('h3', null, name),
          h(
            'p',
            { class: 'level-meta' },
            level.seasons === 1 ? t('title.seasonsOne') : t('title.seasons', { n: level.seasons }),
          ),
          h('p', null, level.description[lang]),
          h('p', { class: 'level-lesson' }, h('strong', null, `${t('title.lesson')}: `), level.lesson[lang]),
          confirmBox ??
            h(
              'button',
              {
                class: 'btn btn-primary',
                type: 'button',
                'aria-label': t('title.playLevel', { level: name }),
                onClick: start,
              },
              t('title.play'),
            ),
        );
      }),
    );
  };

  const el = h(
    'main',
    { class: 'screen title-screen' },
    h(
      'div',
      { class: 'sheet title-sheet' },
      h(
        'header',
        { class: 'title-head' },
        logo(''),
        h(
          'div',
          { class: 'title-words' },
          h('h1', { class: 'game-name screen-title', tabindex: -1 }, t('app.name')),
          h('p', { class: 'tagline' }, t('app.tagline')),
        ),
        h(
          'div',
          { class: 'title-tools' },
          langSwitch(ui),
          h(
            'button',
            { class: 'btn', type: 'button', onClick: () => store.getState().setOverlay('settings') },
            t('title.settings'),
          ),
          h(
            'button',
            { class: 'btn', type: 'button', onClick: () => store.getState().setOverlay('help') },
            t('title.help'),
          ),
        ),
      ),
      offerSlot,
      continueSlot,
      h('h2', null, store.getState().game ? t('title.newGame') : t('title.chooseLevel')),
      list,
    ),
  );
  renderContinue(store.getState());
  renderLevels();
  renderLinkOffer(ui, offerSlot, store.getState());
  let shownGame = store.getState().game;
  let shownOffer = store.getState().linkOffer;
  return {
    el,
    update(st) {
      if (st.linkOffer !== shownOffer) {
        shownOffer = st.linkOffer;
        renderLinkOffer(ui, offerSlot, st);
        offerSlot.querySelector<HTMLElement>('.btn')?.focus();
      }
      if (st.game !== shownGame) {
        shownGame = st.game;
        renderContinue(st);
        renderLevels();
      }
    },
  };
}
