// The debrief (screen 'debrief'): the whole game's cumulative revenue beside the same world
// played by the pusher and listener bots ("what if you had pushed?"), lessons written from the
// player's own decisions, the layoffs and the pusher's firing on the timeline, the firing and the orders that still arrived after it, and the way
// on: play the same world again, or choose another level.
import { money, moneyShort } from '../i18n/format';
import type { Game, GameSummary } from '../sim';
import type { Lang } from '../store/settings';
import { palette } from '../theme';
import { cumulativeOfSummary, cumulativeSeries, type Ghosts, ghosts } from '../view/selectors';
import { type ChartSeries, lineChart } from './charts';
import type { Part, Ui } from './context';
import { layoffsBlock, pusherLine, storyEvents } from './debrief-story';
import { fill, h } from './dom';
import { factsOf, lessonLines } from './lessons';
import { resultCodeSection } from './result-code';
import { botKey, orderSentence } from './text';

const AFTER_FIRED_SHOWN = 10;

/** A bot's revenue and profit in the same world, for the comparison lines. */
function totalsOf(sum: GameSummary, lang: Lang): { value: string; profit: string } {
  return { value: money(sum.totals.revenue, lang), profit: money(sum.totals.profit, lang) };
}

export function createDebrief(ui: Ui): Part {
  const { t, lang, store } = ui;
  const st = store.getState();
  const game = st.game;
  if (!game) return { el: h('main', { class: 'screen' }) };
  const L = game.level;
  const s = game.state;
  const facts = factsOf(game);
  const chartBox = h('div', { class: 'debrief-chart' });
  const lessonsBox = h('ul', { class: 'lessons' });
  const compareBox = h('div', { class: 'compare' });
  const per = L.weeksAfter + 1;
  const points = L.seasons * per;
  const xLabels = Array.from({ length: points }, (_, i) => {
    const season = Math.floor(i / per) + 1;
    const w = i % per;
    return w === 0 ? t('debrief.pointFair', { n: season }) : t('debrief.pointWeek', { n: season, w });
  });
  const markers = Array.from({ length: L.seasons }, (_, i) => ({
    index: i * per,
    label: t('common.seasonShort', { n: i + 1 }),
  }));

  const draw = (g: Ghosts | null) => {
    const mine = cumulativeSeries(game);
    const series: ChartSeries[] = [
      {
        id: 'you',
        label: st.bot ? t(botKey(st.bot.name)) : t('debrief.you'),
        color: L.company.color,
        values: mine,
        emphasis: true,
        note: t('debrief.total', { value: moneyShort(mine.at(-1) ?? 0, lang) }),
      },
    ];
    if (g) {
      const push = cumulativeOfSummary(g.pusher);
      const listen = cumulativeOfSummary(g.listener);
      series.push(
        {
          id: 'pusher',
          label: t('debrief.pusher'),
          color: palette.irritation,
          values: push,
          dashed: true,
          note: t('debrief.total', { value: moneyShort(push.at(-1) ?? 0, lang) }),
        },
        {
          id: 'listener',
          label: t('debrief.listener'),
          color: palette.calm,
          values: listen,
          dashed: true,
          note: t('debrief.total', { value: moneyShort(listen.at(-1) ?? 0, lang) }),
        },
      );
    }
    fill(
      chartBox,
      lineChart(
        {
          title: t('debrief.cumulative'),
          summary: t('debrief.cumulativeSummary'),
          xLabels,
          xTitle: t('debrief.xTime'),
          yTitle: t('debrief.yTotal'),
          tick: (v) => moneyShort(v, lang),
          full: (v) => money(v, lang),
          showNumbers: t('common.showNumbers'),
          markers,
          events: storyEvents(t, game, g, lang),
          labelEvery: 0,
          headingLevel: 'h2',
        },
        series,
      ),
      g ? null : h('p', { class: 'hint', role: 'status' }, t('debrief.ghostsLoading')),
    );
    fill(
      lessonsBox,
      // Watching the pusher bot itself, the comparison with the pusher would be with itself.
      lessonLines(t, facts, lang, st.bot?.name === 'pusher' ? null : (g?.pusher ?? null)).map((line) =>
        h('li', null, line),
      ),
    );
    fill(
      compareBox,
      h(
        'p',
        null,
        t('debrief.youTotal', {
          value: money(facts.total, lang),
          profit: money(facts.profit, lang),
          seasons: facts.seasons,
        }),
      ),
      g ? h('p', null, t('debrief.vsPusher', totalsOf(g.pusher, lang))) : null,
      g && st.bot?.name !== 'pusher' ? h('p', { 'data-pusher-fate': '' }, pusherLine(t, g)) : null,
      g ? h('p', null, t('debrief.vsListener', totalsOf(g.listener, lang))) : null,
    );
  };
  draw(null);
  const timer = setTimeout(() => {
    try {
      draw(ghosts(game));
    } catch {
      draw(null);
    }
  }, 40);

  const fired = facts.fired
    ? h(
        'section',
        { class: 'review-block fired-block', 'aria-labelledby': 'db-fired' },
        h('h2', { id: 'db-fired' }, t('after.firedTitle')),
        h(
          'p',
          null,
          facts.fired.week > 0
            ? t('debrief.fired', { season: facts.fired.season + 1, week: facts.fired.week })
            : t('debrief.firedFair', { season: facts.fired.season + 1 }),
          ' ',
          `“${L.ceo.messages.fired[lang]}”`,
        ),
        h('h3', null, t('debrief.afterFired')),
        facts.afterFired.length
          ? [
              h(
                'p',
                null,
                t('debrief.afterFiredTotal', {
                  n: facts.afterFired.length,
                  value: money(
                    facts.afterFired.reduce((a, o) => a + o.value, 0),
                    lang,
                  ),
                }),
              ),
              h(
                'ul',
                { class: 'trace-list' },
                facts.afterFired
                  .slice(0, AFTER_FIRED_SHOWN)
                  .map((o) => h('li', null, orderSentence(t, L, s, o, lang))),
                facts.afterFired.length > AFTER_FIRED_SHOWN
                  ? h(
                      'li',
                      { class: 'hint' },
                      t('review.traceMore', { n: facts.afterFired.length - AFTER_FIRED_SHOWN }),
                    )
                  : null,
              ),
            ]
          : h('p', { class: 'hint' }, t('debrief.afterFiredNone')),
      )
    : null;

  const again = () => {
    const g: Game | null = store.getState().game;
    store.getState().startLevel(L.id, g?.state.seed ?? s.seed);
  };
  const el = h(
    'main',
    { class: 'screen sheet-screen debrief-screen' },
    h(
      'div',
      { class: 'sheet debrief-sheet' },
      h(
        'header',
        { class: 'sheet-head' },
        h('p', { class: 'eyebrow' }, t('debrief.subtitle', { level: L.name[lang], seed: s.seed })),
        h('h1', { class: 'screen-title', tabindex: -1 }, t('debrief.title')),
        h('p', { class: 'headline' }, t('debrief.whatIf')),
      ),
      chartBox,
      compareBox,
      h(
        'section',
        { class: 'review-block', 'aria-labelledby': 'db-lessons' },
        h('h2', { id: 'db-lessons' }, t('debrief.lessons')),
        lessonsBox,
      ),
      layoffsBlock(t, game, lang),
      fired,
      resultCodeSection(ui, game),
      h(
        'div',
        { class: 'row actions' },
        h(
          'button',
          {
            class: 'btn btn-primary btn-big',
            type: 'button',
            'aria-describedby': 'db-again-hint',
            onClick: again,
          },
          t('debrief.playAgain'),
        ),
        h(
          'button',
          { class: 'btn btn-big', type: 'button', onClick: () => store.getState().toTitle() },
          t('debrief.otherLevel'),
        ),
      ),
      h('p', { class: 'hint', id: 'db-again-hint' }, t('debrief.playAgainHint')),
    ),
  );
  return {
    el,
    destroy() {
      clearTimeout(timer);
    },
  };
}
