// The review (phase 'review', and 'ended' after the last season or a firing): the season in
// charts — the fair against each week after, ours beside each competitor's, and season by
// season — where our orders came from with the causal trace, the promise, trust, mood and
// the competitors' staff; then the improvement for next season, or the way to the debrief.
import { money, moneyShort, number, percent } from '../i18n/format';
import { seasonRevenue } from '../view';
import { customerImprovement, originParts, runningTotal, seasonTotals } from '../view/review';
import { seasonSeries, tracedOrders } from '../view/selectors';
import { barChart, lineChart } from './charts';
import type { Part, Ui } from './context';
import { seasonEvents, seasonLayoffs } from './debrief-story';
import { h } from './dom';
import { meanTrust, orderSentence, profitLine, supplierColor, supplierNameById } from './text';
import { createTips } from './tips';

const TRACE_SHOWN = 8;
const ORIGIN_COLOR = {
  fair: 'var(--c-accent)',
  followUp: 'var(--c-ours)',
  referral: 'var(--c-delight)',
  regular: 'var(--c-calm)',
} as const;

export function createReview(ui: Ui): Part {
  const { t, lang, store } = ui;
  const st = store.getState();
  const game = st.game;
  if (!game) return { el: h('main', { class: 'screen' }) };
  const L = game.level;
  const s = game.state;
  const season = Math.min(s.season, s.history.length - 1);
  const stats = s.history[season];
  const ended = s.phase === 'ended';
  const bot = st.bot !== null;
  const nameOf = (id: string) => (id === 'us' ? t('common.you') : supplierNameById(L, id, lang));
  const chartCommon = {
    tick: (v: number) => moneyShort(v, lang),
    full: (v: number) => money(v, lang),
    showNumbers: t('common.showNumbers'),
    yTitle: t('review.yRevenue'),
  };

  // (a) The fair and the weeks after, added up week by week (who pulls ahead after the fair
  // reads from the slopes), with the season's layoffs and a firing pinned; season by season.
  const weekly = lineChart(
    {
      ...chartCommon,
      title: t('review.weekly'),
      summary: t('review.weeklySummary'),
      xLabels: [t('common.fair'), ...Array.from({ length: L.weeksAfter }, (_, i) => String(i + 1))],
      xTitle: t('review.xWeeks'),
      yTitle: t('review.yRunning'),
      events: seasonEvents(t, game, season, lang),
    },
    seasonSeries(game, season).map((x) => {
      const values = runningTotal(x.values);
      return {
        id: x.id,
        label: nameOf(x.id),
        color: supplierColor(L, x.id),
        values,
        emphasis: x.id === 'us',
        note: moneyShort(values.at(-1) ?? 0, lang),
      };
    }),
  );
  const totals = seasonTotals(game);
  const bySeason =
    s.history.length > 1
      ? barChart(
          {
            ...chartCommon,
            title: t('review.seasons'),
            summary: t('review.seasonsSummary'),
            xLabels: s.history.map((_, i) => t('common.seasonShort', { n: i + 1 })),
            xTitle: t('review.xSeasons'),
          },
          totals.map((x) => ({
            id: x.id,
            label: nameOf(x.id),
            color: supplierColor(L, x.id),
            values: x.values,
            emphasis: x.id === 'us',
          })),
        )
      : null;

  // (b) Where our orders came from.
  const parts = originParts(game, season);
  const originName = {
    fair: t('origin.fairName'),
    followUp: t('origin.followUpName'),
    referral: t('origin.referralName'),
    regular: t('origin.regularName'),
  };
  const origins = h(
    'section',
    { class: 'review-block origins', 'aria-labelledby': 'rv-origins' },
    h('h2', { id: 'rv-origins' }, t('review.origins')),
    h('p', { class: 'hint' }, t('review.originsSummary')),
    h(
      'div',
      { class: 'stack-bar', 'aria-hidden': 'true' },
      parts
        .filter((p) => p.share > 0)
        .map((p) =>
          h('span', {
            class: 'stack-part',
            style: `flex-grow:${p.share};background:${ORIGIN_COLOR[p.kind]}`,
          }),
        ),
    ),
    h(
      'ul',
      { class: 'origin-list' },
      parts.map((p) =>
        h(
          'li',
          null,
          h('span', { class: 'swatch', style: `--swatch:${ORIGIN_COLOR[p.kind]}`, 'aria-hidden': 'true' }),
          h('span', { class: 'origin-name' }, originName[p.kind]),
          h('span', { class: 'origin-value' }, `${money(p.value, lang)} · ${percent(p.share, lang)}`),
        ),
      ),
    ),
  );
  const traced = tracedOrders(game, season)
    .slice()
    .sort((a, b) => Number(a.origin.kind === 'fair') - Number(b.origin.kind === 'fair') || b.value - a.value);
  const trace = h(
    'section',
    { class: 'review-block trace', 'aria-labelledby': 'rv-trace' },
    h('h2', { id: 'rv-trace' }, t('review.trace')),
    traced.length
      ? h(
          'ul',
          { class: 'trace-list' },
          traced
            .slice(0, TRACE_SHOWN)
            .map((o) => h('li', { class: `origin-${o.origin.kind}` }, orderSentence(t, L, s, o, lang))),
          traced.length > TRACE_SHOWN
            ? h('li', { class: 'hint' }, t('review.traceMore', { n: traced.length - TRACE_SHOWN }))
            : null,
        )
      : h('p', { class: 'hint' }, t('review.traceNone')),
  );

  // (c) The promise, the people, the competition.
  const promise = stats
    ? (() => {
        const revenue = seasonRevenue(stats);
        const kept = revenue >= stats.plan.revenueTarget;
        const capKept = stats.costs <= stats.plan.costCap;
        return h(
          'section',
          { class: 'review-block promise', 'aria-labelledby': 'rv-promise' },
          h('h2', { id: 'rv-promise' }, t('review.promise')),
          h(
            'p',
            null,
            t('review.revenueVsTarget', {
              revenue: money(revenue, lang),
              target: money(stats.plan.revenueTarget, lang),
            }),
            ' ',
            h(
              'strong',
              { class: kept ? 'good' : 'bad' },
              kept
                ? t('review.kept')
                : t('review.missed', { gap: money(stats.plan.revenueTarget - revenue, lang) }),
            ),
          ),
          h(
            'p',
            null,
            t('review.costsVsCap', { costs: money(stats.costs, lang), cap: money(stats.plan.costCap, lang) }),
            ' ',
            h(
              'strong',
              { class: capKept ? 'good' : 'bad' },
              capKept ? t('review.capKept') : t('review.capBroken'),
            ),
          ),
          // The game's score: our margin on the season's revenue, less its costs.
          h('p', { class: 'review-profit' }, profitLine(t, L, stats, lang)),
          h(
            'p',
            null,
            t('review.patience', {
              start: number(stats.patienceStart, lang),
              end: number(stats.patienceEnd, lang),
            }),
          ),
        );
      })()
    : null;
  const people = h(
    'section',
    { class: 'review-block people', 'aria-labelledby': 'rv-people' },
    h('h2', { id: 'rv-people' }, t('review.people')),
    h(
      'p',
      null,
      t('review.trust', { now: percent(meanTrust(s, 0), lang), start: percent(meanTrust(s, 0, true), lang) }),
    ),
    h('p', null, t('review.mood', { mood: number(s.team.mood, lang) })),
    h('p', null, t('review.skill', { skill: percent(s.team.skill, lang) })),
    stats
      ? h(
          'p',
          null,
          t('review.conversations', {
            conversations: stats.conversations,
            pitches: stats.pitches,
            questions: stats.questions,
            brochures: stats.brochures,
          }),
        )
      : null,
    stats ? h('p', null, t('review.followUps', { leads: stats.leads, followUps: stats.followUps })) : null,
  );
  const competition = h(
    'section',
    { class: 'review-block competition', 'aria-labelledby': 'rv-comp' },
    h('h2', { id: 'rv-comp' }, t('review.competitors')),
    h(
      'ul',
      null,
      s.competitorHistory.map((list, c) => {
        const cs = list[season];
        const id = s.suppliers[c + 1]?.id ?? '';
        if (!cs) return null;
        return h(
          'li',
          null,
          h('span', { class: 'dot', style: `--dot:${supplierColor(L, id)}`, 'aria-hidden': 'true' }),
          t('review.staff', { name: nameOf(id), start: cs.staffStart, end: cs.staffEnd }),
          ' · ',
          cs.layoffs > 0
            ? h('strong', { class: 'bad' }, t('review.layoffs', { n: cs.layoffs }))
            : t('review.noLayoffs'),
        );
      }),
    ),
  );

  // (d) Next season, or the debrief.
  let next: HTMLElement;
  if (ended) {
    const fired = s.fired;
    next = h(
      'section',
      { class: 'review-block next', 'aria-labelledby': 'rv-next' },
      h('h2', { id: 'rv-next' }, fired ? t('after.firedTitle') : t('review.endedNote')),
      fired ? h('p', null, t('review.firedNote', { ceo: L.ceo.name[lang], season: fired.season + 1 })) : null,
      h(
        'button',
        { class: 'btn btn-primary btn-big', type: 'button', onClick: () => store.getState().toDebrief() },
        t('review.toDebrief'),
      ),
    );
  } else {
    const pick = (choice: 'customer' | 'innovation' | 'none') => {
      const res = store.getState().dispatch({ type: 'improve', choice });
      if (!res.ok) errorLine.textContent = t(`error.${res.error}`);
    };
    const errorLine = h('p', { class: 'form-error', role: 'alert' });
    const imp = customerImprovement(game);
    const needName = L.needs[imp.need]?.name[lang] ?? '';
    const director = L.improvements.director[lang];
    const customerCost = money(L.improvements.customerCost, lang);
    const customerDetail =
      imp.basis === 'heard'
        ? t('review.customerDetail', { need: needName, cost: customerCost })
        : t('review.customerGuess', { director, need: needName, cost: customerCost });
    const innovation =
      L.improvements.innovations[lang][s.season + 1] ?? L.improvements.innovations[lang].at(-1) ?? '';
    const option = (choice: 'customer' | 'innovation' | 'none', title: string, detail: string) =>
      h(
        'button',
        {
          class: `btn option-button option-${choice}`,
          type: 'button',
          disabled: bot,
          onClick: () => pick(choice),
        },
        h('span', { class: 'option-title' }, title),
        h('span', { class: 'option-detail' }, detail),
      );
    next = h(
      'section',
      { class: 'review-block next', 'aria-labelledby': 'rv-next' },
      h('h2', { id: 'rv-next' }, t('review.improve')),
      h('p', null, t('review.improveIntro')),
      bot ? h('p', { class: 'bot-note', role: 'status' }, t('bot.choosing')) : null,
      h(
        'div',
        { class: 'options options-3' },
        option('customer', t('review.customer'), customerDetail),
        option(
          'innovation',
          t('review.innovation'),
          t('review.innovationDetail', {
            director,
            innovation,
            cost: money(L.improvements.innovationCost, lang),
          }),
        ),
        option('none', t('review.none'), t('review.noneDetail')),
      ),
      errorLine,
    );
  }

  const title = s.fired
    ? t('review.firedTitle')
    : ended && L.seasons > 1
      ? t('review.endedTitle')
      : t('review.title', { n: season + 1 });
  const headline = stats
    ? t('review.headline', {
        fair: money(stats.fairRevenue, lang),
        after: money(seasonRevenue(stats) - stats.fairRevenue, lang),
      })
    : '';
  const el = h(
    'main',
    { class: 'screen sheet-screen review-screen' },
    h(
      'div',
      { class: 'sheet review-sheet' },
      h(
        'header',
        { class: 'sheet-head' },
        h(
          'p',
          { class: 'eyebrow' },
          `${L.name[lang]} · ${t('common.season', { n: season + 1, total: L.seasons })}`,
        ),
        h('h1', { class: 'screen-title', tabindex: -1 }, title),
        h('p', { class: 'headline' }, headline),
      ),
      createTips(ui, L, 'review'),
      h('section', { class: 'review-charts' }, weekly, seasonLayoffs(t, game, season, lang), bySeason),
      h('div', { class: 'review-grid' }, origins, trace, promise, people, competition),
      next,
    ),
  );
  return { el };
}
