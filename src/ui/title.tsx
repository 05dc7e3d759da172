// The title screen: the game's name and tagline, Continue (a game in progress) or the last
// debrief, the level choice with each level's description and lesson, settings and help.
// Starting a level while a game is in progress asks first, right in the level's card.
// Preact components, rendered into the screen's <main> by createTitle, again on every update.
import { render } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Game } from '../sim';
import type { SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { CustomCard, OpenLevelRow, OWN_LEVEL } from './custom-level';
import { h } from './dom';
import { Adopt } from './dom-nodes';
import { LangSwitch } from './lang-switch';
import { LevelCardBody, PlayButton, ReplaceConfirm } from './level-card';
import { shippedLevels } from './levels';
import { LinkOffer } from './link-offer';
import { logo } from './portraits';
import { RoomCodeRow, RoomJoinCard } from './room-join';
import { UiContext, useUi } from './ui-context';

export function createTitle(ui: Ui): Part {
  const el = h('main', { class: 'screen title-screen' });
  const paint = (st: SessionState) =>
    render(
      <UiContext.Provider value={ui}>
        <Title st={st} />
      </UiContext.Provider>,
      el,
    );
  paint(ui.store.getState());
  return { el, update: paint, destroy: () => render(null, el) };
}

export function Title({ st }: { st: SessionState }) {
  const { t } = useUi();
  return (
    <div class="sheet title-sheet">
      <TitleHead />
      <LinkOffer offer={st.linkOffer} current={st.game} />
      <RoomSlot invite={st.roomInvite} />
      <div class="title-continue">{st.game ? <Continue game={st.game} /> : null}</div>
      <h2>{st.game ? t('title.newGame') : t('title.chooseLevel')}</h2>
      <LevelList st={st} />
      <TitleRows />
    </div>
  );
}

function TitleHead() {
  const { t, store } = useUi();
  const mark = useMemo(() => logo(''), []);
  const open = (overlay: 'settings' | 'help') => () => store.getState().setOverlay(overlay);
  return (
    <header class="title-head">
      <Adopt node={mark} />
      <div class="title-words">
        <h1 class="game-name screen-title" tabIndex={-1}>
          {t('app.name')}
        </h1>
        <p class="tagline">{t('app.tagline')}</p>
      </div>
      <div class="title-tools">
        <LangSwitch />
        <button class="btn" type="button" onClick={open('settings')}>
          {t('title.settings')}
        </button>
        <button class="btn" type="button" onClick={open('help')}>
          {t('title.help')}
        </button>
      </div>
    </header>
  );
}

/** The workshop room's join card, new (and its nickname focused) for each invite. */
function RoomSlot({ invite }: { invite: string | null }) {
  return <div class="title-room-slot">{invite ? <RoomJoinCard key={invite} code={invite} /> : null}</div>;
}

/** Continue the game in progress (or its briefing), or see the ended game's debrief. */
function Continue({ game }: { game: Game }) {
  const { t, store, lang } = useUi();
  const name = game.level.name[lang];
  if (game.state.phase === 'ended')
    return (
      <button class="btn btn-big" type="button" onClick={() => store.getState().toDebrief()}>
        <span class="btn-main">{t('title.seeDebrief')}</span>
        <span class="btn-sub">{t('title.seeDebriefDetail', { level: name })}</span>
      </button>
    );
  const resume = () => {
    const s = store.getState();
    const g = s.game;
    if (!g) return;
    if (g.log.length > 0) s.beginPlay();
    else if (s.customGame && s.custom) s.startCustom(s.custom, g.state.seed);
    else s.startLevel(g.level.id, g.state.seed);
  };
  const detail =
    game.log.length === 0
      ? t('title.continueBriefing', { level: name })
      : t('title.continueDetail', {
          level: name,
          season: game.state.season + 1,
          seasons: game.level.seasons,
        });
  return (
    <button class="btn btn-primary btn-big" type="button" onClick={resume}>
      <span class="btn-main">{t('title.continue')}</span>
      <span class="btn-sub">{detail}</span>
    </button>
  );
}

/** The game a new one would end (in progress, past its briefing), or null. */
function inProgress(st: SessionState): Game | null {
  const g = st.game;
  return g && g.state.phase !== 'ended' && g.log.length > 0 ? g : null;
}

/**
 * One's own level (when open) and the shipped levels. Starting one while a game is in progress
 * first asks in its card, with the focus on the answer that starts it.
 */
function LevelList({ st }: { st: SessionState }) {
  const { t, store, lang } = useUi();
  const [confirming, setConfirming] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    if (confirming)
      list.current?.querySelector<HTMLElement>(`[data-confirm="${confirming}"] .btn-primary`)?.focus();
  }, [confirming]);
  const current = inProgress(st);
  const starter = (key: string, begin: () => void) => () => {
    if (inProgress(store.getState()) && confirming !== key) return setConfirming(key);
    setConfirming(null);
    begin();
  };
  const cancel = () => setConfirming(null);
  const asking = (key: string) => (confirming === key ? current : null);
  const custom = st.custom;
  // The custom card starts afresh (its link status cleared) whenever the list changes.
  const fresh = useChangeCount([confirming, st.game, custom]);
  return (
    <ul class="level-list" ref={list}>
      {custom ? (
        <CustomCard
          key={`custom-${fresh}`}
          custom={custom}
          start={starter(OWN_LEVEL, () => store.getState().startCustom(custom))}
          asking={asking(OWN_LEVEL)}
          cancel={cancel}
        />
      ) : null}
      {shippedLevels().map(({ id, level }) => {
        if (!level)
          return (
            <li key={id} class="level-card is-broken">
              <h3>{id}</h3>
              <p>{t('title.levelBroken')}</p>
            </li>
          );
        const name = level.name[lang];
        const start = starter(id, () => store.getState().startLevel(id));
        const game = asking(id);
        return (
          <li key={id} class="level-card">
            <LevelCardBody level={level} source={null} />
            {game ? (
              <ReplaceConfirm card={id} name={name} current={game} start={start} cancel={cancel} />
            ) : (
              <PlayButton name={name} start={start} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** How many renders saw one of `deps` change: a key that starts what it keys afresh. */
function useChangeCount(deps: unknown[]): number {
  const count = useRef(0);
  useMemo(() => {
    count.current += 1;
  }, deps);
  return count.current;
}

/** Open a level file; join a workshop room by its code. */
function TitleRows() {
  return (
    <div class="title-rows">
      <OpenLevelRow />
      <RoomCodeRow />
    </div>
  );
}
