// The weeks after: the week's card — the orders that arrived this week and where they came
// from (the people we met with their face), the news and the competitors' week, and the chart
// of our revenue week by week beside theirs — and, when a new week brings orders, saying so to
// screen readers. Preact components for src/ui/after.tsx; the chart and the faces are DOM
// builders (charts.ts, visitor-face.ts) mounted in Preact's elements.
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { money, moneyShort } from '../i18n/format';
import type { Game, News, Order } from '../sim';
import { competitorsThisWeek, ordersThisWeek, ordersTotal, seasonNews, seriesSoFar } from '../view/after';
import { barChart } from './charts';
import type { T, Ui } from './context';
import { DomNodes } from './dom-nodes';
import {
  accountName,
  ceoWhy,
  newsLine,
  newsWhen,
  orderSentence,
  supplierColor,
  supplierName,
  supplierNameById,
} from './text';
import { useUi } from './ui-context';
import { visitorFace } from './visitor-face';

const ORDERS_SHOWN = 6;
const NEWS_SHOWN = 4;

export function WeekCard({ game }: { game: Game }) {
  const { t } = useUi();
  useOrdersSaid(game);
  return (
    <section class="week-card" aria-label={t('after.thisWeek')}>
      <h3 class="section-title">{weekTitle(t, game.state.week)}</h3>
      <div class="week-card-body">
        <Orders game={game} />
        <WeekNews game={game} />
      </div>
      <WeekChart game={game} />
    </section>
  );
}

export function weekTitle(t: T, week: number): string {
  return week > 0 ? `${t('after.thisWeek')} · ${t('news.week', { n: week })}` : t('after.thisWeek');
}

/** What a new week's orders say to screen readers; null when none came. */
export function ordersSaid({ t, lang }: Pick<Ui, 't' | 'lang'>, game: Game): string | null {
  const w = game.state.week;
  const n = ordersThisWeek(game).length;
  const value = money(ordersTotal(game), lang);
  if (n === 1) return t('live.order', { w, value });
  return n > 1 ? t('live.orders', { w, n, value }) : null;
}

/** Each week played after the screen opened says what orders it brought. */
function useOrdersSaid(game: Game) {
  const ui = useUi();
  const week = game.state.week;
  const opened = useRef(false);
  useLayoutEffect(() => {
    if (!opened.current) {
      opened.current = true;
      return;
    }
    const said = week > 0 ? ordersSaid(ui, game) : null;
    if (said) ui.announce(said);
  }, [ui, game, week]);
}

// ——— The orders ———

function Orders({ game }: { game: Game }) {
  const { t, lang } = useUi();
  const orders = ordersThisWeek(game);
  return (
    <div class="orders">
      <h4>
        {t('after.orders')}
        {orders.length ? <span class="count">{` · ${money(ordersTotal(game), lang)}`}</span> : null}
      </h4>
      {game.state.week === 0 ? (
        <p class="hint">{t('after.beforeFirst')}</p>
      ) : orders.length ? (
        <OrderList game={game} orders={orders} />
      ) : (
        <p class="hint">{t('after.ordersNone')}</p>
      )}
    </div>
  );
}

function OrderList({ game, orders }: { game: Game; orders: readonly Order[] }) {
  const { t } = useUi();
  const more = orders.length - ORDERS_SHOWN;
  return (
    <ul class="order-list">
      {orders.slice(0, ORDERS_SHOWN).map((o) => (
        <OrderItem key={o.id} game={game} order={o} />
      ))}
      {more > 0 ? <li class="hint">{t('review.traceMore', { n: more })}</li> : null}
    </ul>
  );
}

/** An order; the people we met at the fair come with their face, before the sentence. */
function OrderItem({ game, order }: { game: Game; order: Order }) {
  const { t, lang } = useUi();
  const item = useRef<HTMLLIElement>(null);
  const met = order.origin.kind === 'follow-up' || order.origin.kind === 'fair';
  const name = accountName(game.level, game.state, order.account).name;
  // The face is an SVG built by visitor-face.ts (shared with the conversation card): it goes in
  // before the <span>, which is all Preact renders in the item, so Preact leaves it alone.
  useLayoutEffect(() => {
    if (!met) return;
    const face = visitorFace(order.account, name);
    item.current?.prepend(face);
    return () => face.remove();
  }, [met, order.account, name]);
  return (
    <li class={`order origin-${order.origin.kind}`} ref={item}>
      <span>{orderSentence(t, game.level, game.state, order, lang)}</span>
    </li>
  );
}

// ——— The news and the competitors' week ———

/** The competitors' revenue in the week just played, "Name €12k · …"; '' in the fair's week. */
export function elsewhereList({ lang }: Pick<Ui, 'lang'>, game: Game): string {
  return competitorsThisWeek(game)
    .map((c) => `${supplierName(game.level, c.sup, lang)} ${moneyShort(c.value, lang)}`)
    .join(' · ');
}

function WeekNews({ game }: { game: Game }) {
  const ui = useUi();
  const { t } = ui;
  const elsewhere = elsewhereList(ui, game);
  const news = seasonNews(game, NEWS_SHOWN);
  return (
    <div class="news">
      <h4>{t('after.news')}</h4>
      {elsewhere ? <p class="elsewhere">{t('after.elsewhere', { list: elsewhere })}</p> : null}
      {news.length ? (
        <ul class="news-list">
          {news.map(({ news: n, index }) => (
            <NewsItem key={index} game={game} news={n} index={index} />
          ))}
        </ul>
      ) : (
        <p class="hint">{t('after.newsNone')}</p>
      )}
    </div>
  );
}

function NewsItem({ game, news, index }: { game: Game; news: News; index: number }) {
  const { t, lang } = useUi();
  const L = game.level;
  const why = ceoWhy(t, L, game.state, news, lang);
  return (
    <li class={`news-item news-${news.kind}`}>
      <span class="news-week">{newsWhen(t, news)}</span> {newsLine(t, L, game.state.news, index, lang)}
      {why ? <span class="news-why">{` ${why}`}</span> : null}
    </li>
  );
}

// ——— The chart ———

/** Our revenue week by week beside the competitors', the weeks played so far, this one marked. */
function weekChart({ t, lang }: Ui, game: Game, week: number): HTMLElement {
  const L = game.level;
  const spec = {
    title: t('after.timeline'),
    summary: t('after.timelineSummary'),
    xLabels: [t('common.fair'), ...Array.from({ length: L.weeksAfter }, (_, i) => String(i + 1))],
    xTitle: t('review.xWeeks'),
    yTitle: t('review.yRevenue'),
    tick: (v: number) => moneyShort(v, lang),
    full: (v: number) => money(v, lang),
    showNumbers: t('common.showNumbers'),
    size: 'compact' as const,
    splitAfterFirst: true,
    highlight: week,
    headingLevel: 'h3' as const,
  };
  const series = seriesSoFar(game).map((x) => ({
    id: x.id,
    label: x.id === 'us' ? t('common.you') : supplierNameById(L, x.id, lang),
    color: supplierColor(L, x.id),
    values: x.values,
    emphasis: x.id === 'us',
  }));
  return barChart(spec, series);
}

/** Built again when a week is played, not on every update (its table stays open or shut). */
function WeekChart({ game }: { game: Game }) {
  const ui = useUi();
  const week = game.state.week;
  const nodes = useMemo(() => [weekChart(ui, game, week)], [ui, game, week]);
  return <DomNodes as="div" class="timeline" nodes={nodes} />;
}
