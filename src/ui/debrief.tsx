// The debrief (screen 'debrief'): the whole game's cumulative revenue beside the same world
// played by the pusher and listener bots ("what if you had pushed?"), lessons written from the
// player's own decisions, the layoffs and the pusher's firing on the timeline, the firing and
// the orders that still arrived after it, and the way on: play the same world again, or choose
// another level. Preact components; the bots' worlds are played a moment after the page shows.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { money, moneyShort } from '../i18n/format';
import type { Game, GameSummary } from '../sim';
import type { Lang } from '../store/settings';
import { palette } from '../theme';
import { cumulativeOfSummary, cumulativeSeries, type Ghosts, ghosts } from '../view/selectors';
import type { ChartSeries } from './charts';
import type { Part, Ui } from './context';
import { cumulativeChart } from './cumulative-chart';
import { layoffsBlock, pusherLine, storyEvents } from './debrief-story';
import { h } from './dom';
import { Adopt, DomNodes } from './dom-nodes';
import { type GameFacts as Facts, factsOf, lessonLines } from './lessons';
import { resultCodeSection } from './result-code';
import { botKey, orderSentence } from './text';
import { UiContext, useUi } from './ui-context';

const AFTER_FIRED_SHOWN = 10;

export function createDebrief(ui: Ui): Part {
  const st = ui.store.getState();
  const game = st.game;
  if (!game) return { el: h('main', { class: 'screen' }) };
  const el = h('main', { class: 'screen sheet-screen debrief-screen' });
  render(
    <UiContext.Provider value={ui}>
      <Debrief game={game} botName={st.bot?.name ?? null} />
    </UiContext.Provider>,
    el,
  );
  return { el, destroy: () => render(null, el) };
}

/** The bots' runs of the same world, played just after the first paint (null until then or on failure). */
function useGhosts(game: Game): Ghosts | null {
  const [g, setG] = useState<Ghosts | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        setG(ghosts(game));
      } catch {
        setG(null);
      }
    }, 40);
    return () => clearTimeout(timer);
  }, [game]);
  return g;
}

function Debrief({ game, botName }: { game: Game; botName: string | null }) {
  const ui = useUi();
  const { t, lang } = ui;
  const g = useGhosts(game);
  const facts = useMemo(() => factsOf(game), [game]);
  // Built once: the layoffs and the result code (which makes its code and QR in the background).
  const layoffs = useMemo(() => layoffsBlock(t, game, lang), [t, game, lang]);
  const code = useMemo(() => resultCodeSection(ui, game), [ui, game]);
  // Watching the pusher bot itself, the comparison with the pusher would be with itself.
  const pusher = botName === 'pusher' ? null : (g?.pusher ?? null);
  return (
    <div class="sheet debrief-sheet">
      <header class="sheet-head">
        <p class="eyebrow">
          {t('debrief.subtitle', { level: game.level.name[lang], seed: game.state.seed })}
        </p>
        <h1 class="screen-title" tabIndex={-1}>
          {t('debrief.title')}
        </h1>
        <p class="headline">{t('debrief.whatIf')}</p>
      </header>
      <DebriefChart game={game} g={g} botName={botName} />
      <Compare facts={facts} g={g} botName={botName} />
      <section class="review-block" aria-labelledby="db-lessons">
        <h2 id="db-lessons">{t('debrief.lessons')}</h2>
        <ul class="lessons">
          {lessonLines(t, facts, lang, pusher).map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      </section>
      <Adopt node={layoffs} />
      {facts.fired ? <Fired game={game} facts={facts} fired={facts.fired} /> : null}
      <Adopt node={code} />
      <WayOn game={game} />
    </div>
  );
}

/** Our cumulative revenue, and the bots' in the same world once they have played it. */
function DebriefChart({ game, g, botName }: { game: Game; g: Ghosts | null; botName: string | null }) {
  const { t, lang } = useUi();
  const nodes = useMemo(() => {
    const chart = cumulativeChart(
      {
        t,
        lang,
        shape: game.level,
        title: t('debrief.cumulative'),
        summary: t('debrief.cumulativeSummary'),
        events: storyEvents(t, game, g, lang),
      },
      chartSeries(t, game, g, botName, lang),
    );
    return [chart, g ? null : h('p', { class: 'hint', role: 'status' }, t('debrief.ghostsLoading'))];
  }, [t, lang, game, g, botName]);
  return <DomNodes as="div" class="debrief-chart" nodes={nodes} />;
}

function chartSeries(
  t: Ui['t'],
  game: Game,
  g: Ghosts | null,
  botName: string | null,
  lang: Lang,
): ChartSeries[] {
  const line = (id: string, label: string, color: string, values: readonly number[], mine: boolean) => ({
    id,
    label,
    color,
    values,
    ...(mine ? { emphasis: true } : { dashed: true }),
    note: t('debrief.total', { value: moneyShort(values.at(-1) ?? 0, lang) }),
  });
  const you = botName ? t(botKey(botName)) : t('debrief.you');
  const out: ChartSeries[] = [line('you', you, game.level.company.color, cumulativeSeries(game), true)];
  if (g)
    out.push(
      line('pusher', t('debrief.pusher'), palette.irritation, cumulativeOfSummary(g.pusher), false),
      line('listener', t('debrief.listener'), palette.calm, cumulativeOfSummary(g.listener), false),
    );
  return out;
}

/** A bot's revenue and profit in the same world, for the comparison lines. */
function totalsOf(sum: GameSummary, lang: Lang): { value: string; profit: string } {
  return { value: money(sum.totals.revenue, lang), profit: money(sum.totals.profit, lang) };
}

function Compare({ facts, g, botName }: { facts: Facts; g: Ghosts | null; botName: string | null }) {
  const { t, lang } = useUi();
  return (
    <div class="compare">
      <p>
        {t('debrief.youTotal', {
          value: money(facts.total, lang),
          profit: money(facts.profit, lang),
          seasons: facts.seasons,
        })}
      </p>
      {g ? <p>{t('debrief.vsPusher', totalsOf(g.pusher, lang))}</p> : null}
      {g && botName !== 'pusher' ? <p data-pusher-fate="">{pusherLine(t, g)}</p> : null}
      {g ? <p>{t('debrief.vsListener', totalsOf(g.listener, lang))}</p> : null}
    </div>
  );
}

/** When the CEO fired us, his words, and the orders that still came in after we left. */
function Fired({ game, facts, fired }: { game: Game; facts: Facts; fired: NonNullable<Facts['fired']> }) {
  const { t, lang } = useUi();
  const after = facts.afterFired;
  return (
    <section class="review-block fired-block" aria-labelledby="db-fired">
      <h2 id="db-fired">{t('after.firedTitle')}</h2>
      <p>
        {fired.week > 0
          ? t('debrief.fired', { season: fired.season + 1, week: fired.week })
          : t('debrief.firedFair', { season: fired.season + 1 })}{' '}
        {`“${game.level.ceo.messages.fired[lang]}”`}
      </p>
      <h3>{t('debrief.afterFired')}</h3>
      {after.length ? (
        <>
          <p>
            {t('debrief.afterFiredTotal', {
              n: after.length,
              value: money(
                after.reduce((a, o) => a + o.value, 0),
                lang,
              ),
            })}
          </p>
          <ul class="trace-list">
            {after.slice(0, AFTER_FIRED_SHOWN).map((o) => (
              <li>{orderSentence(t, game.level, game.state, o, lang)}</li>
            ))}
            {after.length > AFTER_FIRED_SHOWN ? (
              <li class="hint">{t('review.traceMore', { n: after.length - AFTER_FIRED_SHOWN })}</li>
            ) : null}
          </ul>
        </>
      ) : (
        <p class="hint">{t('debrief.afterFiredNone')}</p>
      )}
    </section>
  );
}

/** Play the same world again, or choose another level. */
function WayOn({ game }: { game: Game }) {
  const { t, store } = useUi();
  const again = () =>
    store.getState().startLevel(game.level.id, store.getState().game?.state.seed ?? game.state.seed);
  return (
    <>
      <div class="row actions">
        <button
          class="btn btn-primary btn-big"
          type="button"
          aria-describedby="db-again-hint"
          onClick={again}
        >
          {t('debrief.playAgain')}
        </button>
        <button class="btn btn-big" type="button" onClick={() => store.getState().toTitle()}>
          {t('debrief.otherLevel')}
        </button>
      </div>
      <p class="hint" id="db-again-hint">
        {t('debrief.playAgainHint')}
      </p>
    </>
  );
}
