// The review (phase 'review', and 'ended' after the last season or a firing): the season in
// charts — the fair against each week after, ours beside each competitor's, and season by
// season — where our orders came from with the causal trace, the promise, trust, mood and
// the competitors' staff; then the improvement for next season, or the way to the debrief.
// Preact components, rendered once into the screen's <main> by createReview.
import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { money, moneyShort, number, percent } from '../i18n/format';
import type { CompetitorSeasonStats, Game, Order, SeasonStats } from '../sim';
import { seasonRevenue } from '../view';
import {
  customerImprovement,
  type OriginPart,
  originParts,
  runningTotal,
  seasonTotals,
} from '../view/review';
import { seasonSeries, tracedOrders } from '../view/selectors';
import { barChart, lineChart } from './charts';
import type { Part, T, Ui } from './context';
import { seasonEvents, seasonLayoffs } from './debrief-story';
import { h } from './dom';
import { DomNodes } from './dom-nodes';
import { meanTrust, orderSentence, profitLine, supplierColor, supplierNameById } from './text';
import { Tips } from './tips';
import { UiContext, useUi } from './ui-context';

export const TRACE_SHOWN = 8;
const ORIGIN_COLOR = {
  fair: 'var(--c-accent)',
  followUp: 'var(--c-ours)',
  referral: 'var(--c-delight)',
  regular: 'var(--c-calm)',
} as const;

type Choice = 'customer' | 'innovation' | 'none';

/** What every block reads: the game and the season under review. */
interface SeasonProps {
  game: Game;
  season: number;
}

export function createReview(ui: Ui): Part {
  const st = ui.store.getState();
  const game = st.game;
  if (!game) return { el: h('main', { class: 'screen' }) };
  const el = h('main', { class: 'screen sheet-screen review-screen' });
  render(
    <UiContext.Provider value={ui}>
      <Review game={game} bot={st.bot !== null} />
    </UiContext.Provider>,
    el,
  );
  return { el, destroy: () => render(null, el) };
}

/** The season the review shows: the last one played. */
export function reviewSeason(game: Game): number {
  const s = game.state;
  return Math.min(s.season, s.history.length - 1);
}

export function Review({ game, bot }: { game: Game; bot: boolean }) {
  const season = reviewSeason(game);
  const p = { game, season };
  return (
    <div class="sheet review-sheet">
      <ReviewHead {...p} />
      <Tips level={game.level} phase="review" />
      <ReviewCharts {...p} />
      <div class="review-grid">
        <Origins {...p} />
        <Trace {...p} />
        <PromiseKept {...p} />
        <People {...p} />
        <Competition {...p} />
      </div>
      {game.state.phase === 'ended' ? <ToDebrief game={game} /> : <Improve game={game} bot={bot} />}
    </div>
  );
}

// ——— The head: where we are, the title and the season's headline ———

export function reviewTitle(t: T, game: Game, season: number): string {
  const s = game.state;
  if (s.fired) return t('review.firedTitle');
  if (s.phase === 'ended' && game.level.seasons > 1) return t('review.endedTitle');
  return t('review.title', { n: season + 1 });
}

export function reviewHeadline(ui: Pick<Ui, 't' | 'lang'>, stats: SeasonStats | undefined): string {
  if (!stats) return '';
  return ui.t('review.headline', {
    fair: money(stats.fairRevenue, ui.lang),
    after: money(seasonRevenue(stats) - stats.fairRevenue, ui.lang),
  });
}

function ReviewHead({ game, season }: SeasonProps) {
  const ui = useUi();
  const { t, lang } = ui;
  const L = game.level;
  return (
    <header class="sheet-head">
      <p class="eyebrow">{`${L.name[lang]} · ${t('common.season', { n: season + 1, total: L.seasons })}`}</p>
      <h1 class="screen-title" tabIndex={-1}>
        {reviewTitle(t, game, season)}
      </h1>
      <p class="headline">{reviewHeadline(ui, game.state.history[season])}</p>
    </header>
  );
}

// ——— (a) The charts ———

/** A company's name on the review: "You" for us. */
function nameOf(ui: Ui, game: Game, id: string): string {
  return id === 'us' ? ui.t('common.you') : supplierNameById(game.level, id, ui.lang);
}

function chartCommon({ t, lang }: Ui) {
  return {
    tick: (v: number) => moneyShort(v, lang),
    full: (v: number) => money(v, lang),
    showNumbers: t('common.showNumbers'),
    yTitle: t('review.yRevenue'),
  };
}

/**
 * The fair and the weeks after, added up week by week (who pulls ahead after the fair reads
 * from the slopes), with the season's layoffs and a firing pinned.
 */
function weeklyChart(ui: Ui, game: Game, season: number): HTMLElement {
  const { t, lang } = ui;
  const L = game.level;
  const spec = {
    ...chartCommon(ui),
    title: t('review.weekly'),
    summary: t('review.weeklySummary'),
    xLabels: [t('common.fair'), ...Array.from({ length: L.weeksAfter }, (_, i) => String(i + 1))],
    xTitle: t('review.xWeeks'),
    yTitle: t('review.yRunning'),
    events: seasonEvents(t, game, season, lang),
  };
  const series = seasonSeries(game, season).map((x) => {
    const values = runningTotal(x.values);
    const note = moneyShort(values.at(-1) ?? 0, lang);
    const color = supplierColor(L, x.id);
    return { id: x.id, label: nameOf(ui, game, x.id), color, values, emphasis: x.id === 'us', note };
  });
  return lineChart(spec, series);
}

/** Season by season, from the second season on. */
function seasonsChart(ui: Ui, game: Game): HTMLElement | null {
  const { t } = ui;
  const history = game.state.history;
  if (history.length <= 1) return null;
  const spec = {
    ...chartCommon(ui),
    title: t('review.seasons'),
    summary: t('review.seasonsSummary'),
    xLabels: history.map((_, i) => t('common.seasonShort', { n: i + 1 })),
    xTitle: t('review.xSeasons'),
  };
  const series = seasonTotals(game).map((x) => {
    const color = supplierColor(game.level, x.id);
    return { id: x.id, label: nameOf(ui, game, x.id), color, values: x.values, emphasis: x.id === 'us' };
  });
  return barChart(spec, series);
}

function ReviewCharts({ game, season }: SeasonProps) {
  const ui = useUi();
  const nodes = useMemo(
    () => [weeklyChart(ui, game, season), seasonLayoffs(ui.t, game, season, ui.lang), seasonsChart(ui, game)],
    [ui, game, season],
  );
  return <DomNodes as="section" class="review-charts" nodes={nodes} />;
}

// ——— (b) Where our orders came from ———

function Origins({ game, season }: SeasonProps) {
  const { t } = useUi();
  const parts = originParts(game, season);
  return (
    <section class="review-block origins" aria-labelledby="rv-origins">
      <h2 id="rv-origins">{t('review.origins')}</h2>
      <p class="hint">{t('review.originsSummary')}</p>
      <div class="stack-bar" aria-hidden="true">
        {parts
          .filter((p) => p.share > 0)
          .map((p) => (
            <span
              key={p.kind}
              class="stack-part"
              style={{ flexGrow: p.share, background: ORIGIN_COLOR[p.kind] }}
            />
          ))}
      </div>
      <ul class="origin-list">
        {parts.map((p) => (
          <OriginItem key={p.kind} part={p} />
        ))}
      </ul>
    </section>
  );
}

function OriginItem({ part }: { part: OriginPart }) {
  const { t, lang } = useUi();
  const name = {
    fair: t('origin.fairName'),
    followUp: t('origin.followUpName'),
    referral: t('origin.referralName'),
    regular: t('origin.regularName'),
  }[part.kind];
  return (
    <li>
      <span class="swatch" style={{ '--swatch': ORIGIN_COLOR[part.kind] }} aria-hidden="true" />
      <span class="origin-name">{name}</span>
      <span class="origin-value">{`${money(part.value, lang)} · ${percent(part.share, lang)}`}</span>
    </li>
  );
}

/** The season's traced orders, follow-ups and referrals first, then by value (largest first). */
export function reviewTrace(game: Game, season: number): Order[] {
  const fairLast = (o: Order) => Number(o.origin.kind === 'fair');
  return tracedOrders(game, season)
    .slice()
    .sort((a, b) => fairLast(a) - fairLast(b) || b.value - a.value);
}

function Trace({ game, season }: SeasonProps) {
  const { t, lang } = useUi();
  const traced = reviewTrace(game, season);
  const more = traced.length - TRACE_SHOWN;
  return (
    <section class="review-block trace" aria-labelledby="rv-trace">
      <h2 id="rv-trace">{t('review.trace')}</h2>
      {traced.length ? (
        <ul class="trace-list">
          {traced.slice(0, TRACE_SHOWN).map((o) => (
            <li key={o.id} class={`origin-${o.origin.kind}`}>
              {orderSentence(t, game.level, game.state, o, lang)}
            </li>
          ))}
          {more > 0 ? <li class="hint">{t('review.traceMore', { n: more })}</li> : null}
        </ul>
      ) : (
        <p class="hint">{t('review.traceNone')}</p>
      )}
    </section>
  );
}

// ——— (c) The promise, the people, the competition ———

/** A statement and its verdict after it: good or bad. */
function Verdict({ text, good, verdict }: { text: string; good: boolean; verdict: string }) {
  return (
    <p>
      {text} <strong class={good ? 'good' : 'bad'}>{verdict}</strong>
    </p>
  );
}

function PromiseKept({ game, season }: SeasonProps) {
  const { t, lang } = useUi();
  const stats = game.state.history[season];
  if (!stats) return null;
  const revenue = seasonRevenue(stats);
  const { revenueTarget: target, costCap: cap } = stats.plan;
  return (
    <section class="review-block promise" aria-labelledby="rv-promise">
      <h2 id="rv-promise">{t('review.promise')}</h2>
      <Verdict
        text={t('review.revenueVsTarget', { revenue: money(revenue, lang), target: money(target, lang) })}
        good={revenue >= target}
        verdict={
          revenue >= target ? t('review.kept') : t('review.missed', { gap: money(target - revenue, lang) })
        }
      />
      <Verdict
        text={t('review.costsVsCap', { costs: money(stats.costs, lang), cap: money(cap, lang) })}
        good={stats.costs <= cap}
        verdict={stats.costs <= cap ? t('review.capKept') : t('review.capBroken')}
      />
      {/* The game's score: our margin on the season's revenue, less its costs. */}
      <p class="review-profit">{profitLine(t, game.level, stats, lang)}</p>
      <p>
        {t('review.patience', {
          start: number(stats.patienceStart, lang),
          end: number(stats.patienceEnd, lang),
        })}
      </p>
    </section>
  );
}

function People({ game, season }: SeasonProps) {
  const { t, lang } = useUi();
  const s = game.state;
  const stats = s.history[season];
  const trust = { now: percent(meanTrust(s, 0), lang), start: percent(meanTrust(s, 0, true), lang) };
  return (
    <section class="review-block people" aria-labelledby="rv-people">
      <h2 id="rv-people">{t('review.people')}</h2>
      <p>{t('review.trust', trust)}</p>
      <p>{t('review.mood', { mood: number(s.team.mood, lang) })}</p>
      <p>{t('review.skill', { skill: percent(s.team.skill, lang) })}</p>
      {stats ? (
        <p>
          {t('review.conversations', {
            conversations: stats.conversations,
            pitches: stats.pitches,
            questions: stats.questions,
            brochures: stats.brochures,
          })}
        </p>
      ) : null}
      {stats ? <p>{t('review.followUps', { leads: stats.leads, followUps: stats.followUps })}</p> : null}
    </section>
  );
}

function Competition({ game, season }: SeasonProps) {
  const { t } = useUi();
  const s = game.state;
  return (
    <section class="review-block competition" aria-labelledby="rv-comp">
      <h2 id="rv-comp">{t('review.competitors')}</h2>
      <ul>
        {s.competitorHistory.map((list, c) => {
          const id = s.suppliers[c + 1]?.id ?? '';
          return <CompetitorItem key={id} game={game} id={id} staff={list[season]} />;
        })}
      </ul>
    </section>
  );
}

function CompetitorItem({
  game,
  id,
  staff,
}: {
  game: Game;
  id: string;
  staff: CompetitorSeasonStats | undefined;
}) {
  const ui = useUi();
  const { t } = ui;
  if (!staff) return null;
  return (
    <li>
      <span class="dot" style={{ '--dot': supplierColor(game.level, id) }} aria-hidden="true" />
      {t('review.staff', { name: nameOf(ui, game, id), start: staff.staffStart, end: staff.staffEnd })}
      {' · '}
      {staff.layoffs > 0 ? (
        <strong class="bad">{t('review.layoffs', { n: staff.layoffs })}</strong>
      ) : (
        t('review.noLayoffs')
      )}
    </li>
  );
}

// ——— (d) Next season, or the debrief ———

function ToDebrief({ game }: { game: Game }) {
  const { t, lang, store } = useUi();
  const fired = game.state.fired;
  return (
    <section class="review-block next" aria-labelledby="rv-next">
      <h2 id="rv-next">{fired ? t('after.firedTitle') : t('review.endedNote')}</h2>
      {fired ? (
        <p>{t('review.firedNote', { ceo: game.level.ceo.name[lang], season: fired.season + 1 })}</p>
      ) : null}
      <button class="btn btn-primary btn-big" type="button" onClick={() => store.getState().toDebrief()}>
        {t('review.toDebrief')}
      </button>
    </section>
  );
}

/** The three improvements' details in the player's language. */
export function improvementDetails({ t, lang }: Pick<Ui, 't' | 'lang'>, game: Game): Record<Choice, string> {
  const L = game.level;
  const imp = customerImprovement(game);
  const need = L.needs[imp.need]?.name[lang] ?? '';
  const director = L.improvements.director[lang];
  const cost = money(L.improvements.customerCost, lang);
  const innovations = L.improvements.innovations[lang];
  const innovation = innovations[game.state.season + 1] ?? innovations.at(-1) ?? '';
  return {
    customer:
      imp.basis === 'heard'
        ? t('review.customerDetail', { need, cost })
        : t('review.customerGuess', { director, need, cost }),
    innovation: t('review.innovationDetail', {
      director,
      innovation,
      cost: money(L.improvements.innovationCost, lang),
    }),
    none: t('review.noneDetail'),
  };
}

/** Chooses next season's improvement; the error's words when the game refuses it, else null. */
export function chooseImprovement({ t, store }: Pick<Ui, 't' | 'store'>, choice: Choice): string | null {
  const res = store.getState().dispatch({ type: 'improve', choice });
  return res.ok ? null : t(`error.${res.error}`);
}

function Improve({ game, bot }: { game: Game; bot: boolean }) {
  const ui = useUi();
  const { t } = ui;
  const [error, setError] = useState<string | null>(null);
  const details = improvementDetails(ui, game);
  const option = (choice: Choice, title: string) => (
    <OptionButton
      choice={choice}
      title={title}
      detail={details[choice]}
      disabled={bot}
      onPick={() => {
        const refused = chooseImprovement(ui, choice);
        if (refused) setError(refused);
      }}
    />
  );
  return (
    <section class="review-block next" aria-labelledby="rv-next">
      <h2 id="rv-next">{t('review.improve')}</h2>
      <p>{t('review.improveIntro')}</p>
      {bot ? (
        <p class="bot-note" role="status">
          {t('bot.choosing')}
        </p>
      ) : null}
      <div class="options options-3">
        {option('customer', t('review.customer'))}
        {option('innovation', t('review.innovation'))}
        {option('none', t('review.none'))}
      </div>
      <p class="form-error" role="alert">
        {error}
      </p>
    </section>
  );
}

interface OptionProps {
  choice: Choice;
  title: string;
  detail: string;
  disabled: boolean;
  onPick(): void;
}

function OptionButton({ choice, title, detail, disabled, onPick }: OptionProps) {
  return (
    <button class={`btn option-button option-${choice}`} type="button" disabled={disabled} onClick={onPick}>
      <span class="option-title">{title}</span>
      <span class="option-detail">{detail}</span>
    </button>
  );
}
