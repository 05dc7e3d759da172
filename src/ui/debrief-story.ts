// The story around the lines: the competitors' layoffs and the pusher bot's firing pinned on
// the debrief's timeline (and a season's layoffs and our firing on the review's), where and why
// the pusher was fired, and the layoffs in words.
import type { Game } from '../sim';
import type { Lang } from '../store/settings';
import { palette } from '../theme';
import { type Ghosts, layoffsOf } from '../view/selectors';
import type { ChartSpec } from './charts';
import type { T } from './context';
import { h } from './dom';
import { newsWhen, supplierColor, supplierName } from './text';

type Layoff = ReturnType<typeof layoffsOf>[number];

function layoffText(t: T, game: Game, l: Layoff, lang: Lang): string {
  const when = newsWhen(t, {
    season: l.season,
    week: l.week,
    kind: 'layoff',
    supplier: l.supplier,
    amount: 0,
    tone: '',
  });
  return t('debrief.layoffItem', {
    company: supplierName(game.level, l.supplier, lang),
    n: l.count,
    s: l.season + 1,
    when: when.toLowerCase(),
  });
}

type Pin = NonNullable<ChartSpec['events']>[number];

/** A layoff pinned at x `index`, in its company's colour, its words as the tooltip. */
function layoffPin(t: T, game: Game, l: Layoff, lang: Lang, index: number): Pin {
  const id = game.state.suppliers[l.supplier]?.id ?? '';
  return { index, label: layoffText(t, game, l, lang), color: supplierColor(game.level, id) };
}

/** Pins for the cumulative chart: every layoff of the game, and the pusher ghost's firing. */
export function storyEvents(
  t: T,
  game: Game,
  g: Ghosts | null,
  lang: Lang,
): NonNullable<ChartSpec['events']> {
  const per = game.level.weeksAfter + 1;
  const pins = layoffsOf(game).map((l) => layoffPin(t, game, l, lang, l.season * per + l.week));
  const f = g?.pusherFired;
  if (f)
    pins.push({
      index: f.season * per + f.week,
      label: t('debrief.firedMark'),
      color: palette.irritation,
      shape: 'cross',
    });
  return pins;
}

/**
 * Pins for one season's review chart (x 0 = its fair, then its weeks): the competitors'
 * layoffs of that season, and our firing if it came then.
 */
export function seasonEvents(t: T, game: Game, season: number, lang: Lang): NonNullable<ChartSpec['events']> {
  const pins = layoffsOf(game)
    .filter((l) => l.season === season)
    .map((l) => layoffPin(t, game, l, lang, l.week));
  const f = game.state.fired;
  if (f && f.season === season)
    pins.push({ index: f.week, label: t('review.firedMark'), color: palette.irritation, shape: 'cross' });
  return pins;
}

/** One season's layoffs in words, under the review's chart (null when nobody was laid off). */
export function seasonLayoffs(t: T, game: Game, season: number, lang: Lang): HTMLElement | null {
  const list = layoffsOf(game).filter((l) => l.season === season);
  if (!list.length) return null;
  return h(
    'div',
    { class: 'season-layoffs' },
    h('p', { class: 'hint' }, t('review.layoffsKey')),
    h(
      'ul',
      { class: 'trace-list' },
      list.map((l) => h('li', null, layoffText(t, game, l, lang))),
    ),
  );
}

/** Where and why the pusher bot was fired in this world, or that it stayed. */
export function pusherLine(t: T, g: Ghosts): string {
  const f = g.pusherFired;
  return f ? t(`debrief.pusherFired.${f.cause}`, { s: f.season + 1, w: f.week }) : t('debrief.pusherStayed');
}

/** The layoffs of the game, in words (the chart's pins for those who cannot hover). */
export function layoffsBlock(t: T, game: Game, lang: Lang): HTMLElement {
  const list = layoffsOf(game);
  return h(
    'section',
    { class: 'review-block', 'aria-labelledby': 'db-layoffs' },
    h('h2', { id: 'db-layoffs' }, t('debrief.layoffs')),
    h('p', { class: 'hint' }, t('debrief.pinsKey')),
    list.length
      ? h(
          'ul',
          { class: 'trace-list' },
          list.map((l) => h('li', null, layoffText(t, game, l, lang))),
        )
      : h('p', { class: 'hint' }, t('debrief.layoffsNone')),
  );
}
