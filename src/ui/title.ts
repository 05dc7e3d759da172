// The title screen: the game's name and tagline, Continue (a game in progress) or the last
// debrief, the level choice with each level's description and lesson, settings and help.
// Starting a level while a game is in progress asks first, right in the level's card.
import type { SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { customCard, openLevelRow } from './custom-level';
import { fill, h } from './dom';
import { langSwitch } from './lang-switch';
import { levelCardBody, playButton, replaceConfirm } from './level-card';
import { shippedLevels } from './levels';
import { renderLinkOffer } from './link-offer';
import { logo } from './portraits';
import { roomCodeRow, roomJoinCard } from './room-join';

export function createTitle(ui: Ui): Part {
  const { t, store, lang } = ui;
  const continueSlot = h('div', { class: 'title-continue' });
  const offerSlot = h('div', { class: 'title-offer' });
  const roomSlot = h('div', { class: 'title-room-slot' });
  const renderRoom = (st: SessionState) => {
    fill(roomSlot, st.roomInvite ? roomJoinCard(ui, st.roomInvite) : null);
  };
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
            if (game.log.length > 0) s.beginPlay();
            else if (s.customGame && s.custom) s.startCustom(s.custom, game.state.seed);
            else s.startLevel(game.level.id, game.state.seed);
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

  /** Starts a level at once, or first asks in its card when a game is in progress. */
  const starter = (key: string, begin: () => void) => () => {
    const g = inProgress(store.getState());
    if (g && confirming !== key) {
      confirming = key;
      renderLevels();
      list.querySelector<HTMLElement>(`[data-confirm="${key}"] .btn-primary`)?.focus();
      return;
    }
    confirming = null;
    begin();
  };

  const renderLevels = () => {
    const st = store.getState();
    const custom = st.custom;
    const customKey = 'own-level';
    const customStart = custom ? starter(customKey, () => store.getState().startCustom(custom)) : null;
    fill(
      list,
      custom && customStart
        ? customCard(ui, custom, customStart, confirming === customKey ? inProgress(st) : null, () => {
            confirming = null;
            renderLevels();
          })
        : null,
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
        const start = starter(id, () => store.getState().startLevel(id));
        const cancel = () => {
          confirming = null;
          renderLevels();
        };
        const confirmBox =
          confirming === id && current ? replaceConfirm(ui, id, name, current, start, cancel) : null;
        return h(
          'li',
          { class: 'level-card' },
          ...levelCardBody(ui, level, null),
          confirmBox ?? playButton(ui, name, start),
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
      roomSlot,
      continueSlot,
      h('h2', null, store.getState().game ? t('title.newGame') : t('title.chooseLevel')),
      list,
      h('div', { class: 'title-rows' }, openLevelRow(ui), roomCodeRow(ui)),
    ),
  );
  renderContinue(store.getState());
  renderLevels();
  renderLinkOffer(ui, offerSlot, store.getState());
  renderRoom(store.getState());
  let shownInvite = store.getState().roomInvite;
  let shownGame = store.getState().game;
  let shownOffer = store.getState().linkOffer;
  let shownCustom = store.getState().custom;
  return {
    el,
    update(st) {
      if (st.roomInvite !== shownInvite) {
        shownInvite = st.roomInvite;
        renderRoom(st);
      }
      if (st.linkOffer !== shownOffer) {
        shownOffer = st.linkOffer;
        renderLinkOffer(ui, offerSlot, st);
        offerSlot.querySelector<HTMLElement>('.btn')?.focus();
      }
      if (st.game !== shownGame || st.custom !== shownCustom) {
        shownGame = st.game;
        shownCustom = st.custom;
        renderContinue(st);
        renderLevels();
      }
    },
  };
}
