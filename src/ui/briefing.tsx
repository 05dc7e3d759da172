// The briefing: the level's story, paragraph by paragraph, and the cast introduced with their
// portraits — you, the CEO, the marketing director and the sceptical team. Then season one.
// Preact components, rendered once into the screen's <main> by createBriefing.
import { render } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Game } from '../sim';
import type { Part, Ui } from './context';
import { h } from './dom';
import { Adopt } from './dom-nodes';
import { ceoPortrait, directorPortrait, teamPortrait, youPortrait } from './portraits';
import { UiContext, useUi } from './ui-context';

export function createBriefing(ui: Ui): Part {
  const game = ui.store.getState().game;
  if (!game) return { el: h('main', { class: 'screen' }) };
  const el = h('main', { class: 'screen briefing-screen' });
  render(
    <UiContext.Provider value={ui}>
      <Briefing game={game} />
    </UiContext.Provider>,
    el,
  );
  return { el, destroy: () => render(null, el) };
}

export function Briefing({ game }: { game: Game }) {
  const { t, store, lang } = useUi();
  const L = game.level;
  return (
    <div class="sheet briefing-sheet">
      <p class="eyebrow">{L.name[lang]}</p>
      <h1 tabIndex={-1} class="screen-title">
        {t('briefing.title')}
      </h1>
      <div class="briefing-story">
        {L.briefing[lang].map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
      <h2>{t('briefing.cast')}</h2>
      <Cast game={game} />
      <div class="row actions sheet-footer">
        <button class="btn btn-primary btn-big" type="button" onClick={() => store.getState().beginPlay()}>
          {t('briefing.start')}
        </button>
        <button class="btn btn-quiet" type="button" onClick={() => store.getState().toTitle()}>
          {t('briefing.backToTitle')}
        </button>
      </div>
    </div>
  );
}

/** You, the CEO, the marketing director and the team, each with a portrait and a role. */
function Cast({ game }: { game: Game }) {
  const { t, lang } = useUi();
  const ceo = game.level.ceo.name[lang];
  const director = game.level.improvements.director[lang];
  return (
    <ul class="cast">
      <Member portrait={youPortrait} name={t('briefing.you')} role={t('briefing.youRole')} />
      <Member portrait={ceoPortrait} name={ceo} role={t('briefing.ceoRole')} />
      <Member portrait={directorPortrait} name={director} role={t('briefing.directorRole')} />
      <Member portrait={teamPortrait} name={t('briefing.team')} role={t('briefing.teamRole')} />
    </ul>
  );
}

interface MemberProps {
  /** Draws the member's portrait, labelled with their name. */
  portrait(label: string): SVGElement;
  name: string;
  role: string;
}

function Member({ portrait, name, role }: MemberProps) {
  const svg = useMemo(() => portrait(name), [portrait, name]);
  return (
    <li class="cast-member">
      <Adopt node={svg} />
      <div>
        <h3>{name}</h3>
        <p>{role}</p>
      </div>
    </li>
  );
}
