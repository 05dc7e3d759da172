// The weeks after the fair (phase 'after'): the HUD with revenue against the promise, a panel
// with the week's actions (next week, skip to the review, a follow-up rule that plays the
// weeks), our leads with "Send a proposal",
// the orders arriving this week with where they came from, the news, and a week-by-week chart
// of our revenue beside the competitors'. If the CEO fired the player, it says so plainly.
import { money, moneyShort } from '../i18n/format';
import type { Game, Lead } from '../sim';
import type { SessionState } from '../store/session';
import {
  capacityOf,
  competitorsThisWeek,
  ordersThisWeek,
  seasonNews,
  seriesSoFar,
  sortedLeads,
} from '../view/after';
import { createCeoStreet } from './ceo-street';
import { barChart } from './charts';
import type { Part, Ui } from './context';
import { fill, h, setText } from './dom';
import { createHud } from './hud';
import {
  accountName,
  ceoLine,
  ceoWhy,
  leadQualityKey,
  leadStatusText,
  newsLine,
  newsWhen,
  orderSentence,
  supplierColor,
  supplierName,
  supplierNameById,
  weeksLeft,
} from './text';
import { createTips } from './tips';
import { visitorFace } from './visitor-face';
import { createWeeksRule } from './weeks-rule-panel';

const ORDERS_SHOWN = 6;
/** Open leads listed before "Show all": at least a week's worth of proposals. */
const LEADS_SHOWN = 6;

export function createAfter(ui: Ui): Part {
  const { t, lang, store } = ui;
  const st0 = store.getState();
  const game0 = st0.game;
  const hud = createHud(ui, 'after');
  if (!game0) return { el: h('div') };
  const L = game0.level;
  const bot = st0.bot !== null;

  // Actions: next week, skip to the review (asking first when leads are still open).
  let confirmSkip = false;
  const actions = h('div', { class: 'after-actions' });
  const advance = (steps: number) => {
    const res = store.getState().dispatch({ type: 'advance', steps });
    if (!res.ok) setText(errorLine, t(`error.${res.error}`));
  };
  const openLeads = (g: Game) => sortedLeads(g).filter((l) => l.status === 'open').length;
  const canFollow = (g: Game) => !g.state.fired && capacityOf(g).fitsCap;
  const renderActions = (st: SessionState) => {
    const g = st.game;
    if (!g) return;
    const left = L.weeksAfter - g.state.week;
    const open = openLeads(g);
    if (confirmSkip) {
      fill(
        actions,
        h(
          'div',
          { class: 'confirm', role: 'alertdialog', 'aria-labelledby': 'after-skip-question' },
          h('p', { id: 'after-skip-question' }, t('after.skipAsk', { n: open })),
          h(
            'div',
            { class: 'row' },
            h(
              'button',
              {
                class: 'btn btn-primary',
                type: 'button',
                onClick: () => {
                  confirmSkip = false;
                  advance(left);
                },
              },
              t('after.skipYes'),
            ),
            h(
              'button',
              {
                class: 'btn',
                type: 'button',
                onClick: () => {
                  confirmSkip = false;
                  renderActions(store.getState());
                  actions.querySelector<HTMLElement>('.btn-primary')?.focus();
                },
              },
              t('after.skipNo'),
            ),
          ),
        ),
      );
      actions.querySelector<HTMLElement>('.btn-primary')?.focus();
      return;
    }
    fill(
      actions,
      h(
        'button',
        {
          class: 'btn btn-primary',
          type: 'button',
          disabled: bot || st.weeksRule !== null,
          'data-action': 'next-week',
          onClick: () => advance(1),
        },
        t('after.next'),
      ),
      h(
        'button',
        {
          class: 'btn',
          type: 'button',
          disabled: bot,
          onClick: () => {
            const g = store.getState().game;
            if (!g) return;
            if (openLeads(g) > 0 && canFollow(g)) {
              confirmSkip = true;
              renderActions(store.getState());
            } else advance(L.weeksAfter - g.state.week);
          },
        },
        t('after.skip'),
      ),
    );
  };
  const errorLine = h('p', { class: 'form-error', role: 'alert' });
  const rule = createWeeksRule(ui);

  // Fired.
  const firedBox = h('div', { class: 'fired', role: 'alert', hidden: true });

  // Leads.
  const capacityLine = h('p', { class: 'capacity' });
  const spendLine = h('p', { class: 'hint' });
  const leadList = h('ul', { class: 'lead-list', 'aria-labelledby': 'after-leads-title' });
  const closedBox = h('div');
  const leadsCount = h('span', { class: 'count' });

  const leadItem = (g: Game, lead: Lead, canSend: boolean) => {
    const who = accountName(L, g.state, lead.account);
    const need = lead.heard >= 0 ? L.needs[lead.heard] : undefined;
    const left = weeksLeft(L, g.state.week);
    const meta: string[] = [t('lead.met', { day: lead.day + 1 }), t(leadQualityKey(lead.quality))];
    if (lead.status === 'open')
      meta.push(left <= 1 ? t('after.lastChance') : t('after.weeksLeft', { n: left }));
    return h(
      'li',
      { class: `lead status-${lead.status}`, 'data-lead': String(lead.id) },
      h('div', { class: 'lead-who' }, h('strong', null, who.name), ' ', h('span', null, who.company)),
      h(
        'p',
        { class: 'lead-heard' },
        need ? t('after.heard', { learned: need.learned[lang] }) : t('after.heardNothing'),
      ),
      h(
        'div',
        { class: 'lead-foot' },
        h(
          'p',
          { class: 'lead-meta' },
          h('span', { class: `status-chip chip-${lead.status}` }, leadStatusText(t, lead.status)),
          ` ${meta.join(' · ')}`,
        ),
        lead.status === 'open'
          ? h(
              'button',
              {
                class: 'btn btn-small',
                type: 'button',
                disabled: !canSend,
                'aria-label': t('after.sendTo', { name: who.name }),
                onClick: () => {
                  const res = store.getState().dispatch({ type: 'followUp', lead: lead.id });
                  if (!res.ok) setText(errorLine, t(`error.${res.error}`));
                  else setText(errorLine, '');
                },
              },
              t('after.send'),
            )
          : null,
      ),
    );
  };

  let leadsKey = '';
  let showAll = false;
  const openGroups = new Set<string>();
  const renderLeads = (st: SessionState) => {
    const g = st.game;
    if (!g) return;
    const cap = capacityOf(g);
    const leads = sortedLeads(g);
    const key = `${g.state.week}|${cap.left}|${cap.spent}|${g.state.fired ? 1 : 0}|${leads.map((l) => l.status[0]).join('')}`;
    if (key === leadsKey) return;
    leadsKey = key;
    const canSend = !bot && !g.state.fired && cap.left > 0 && cap.fitsCap && g.state.week < L.weeksAfter;
    setText(capacityLine, t('after.capacity', { left: cap.left, max: cap.max }));
    const spend = t('after.spend', {
      spent: money(cap.spent, lang),
      toCome: money(cap.toCome, lang),
      cap: money(cap.cap, lang),
      room: cap.room,
      cost: money(L.model.proposalCost, lang),
    });
    setText(spendLine, cap.fitsCap ? spend : `${spend} ${t('after.overCap')}`);
    const allOpen = leads.filter((l) => l.status === 'open');
    const open = showAll ? allOpen : allOpen.slice(0, Math.max(LEADS_SHOWN, cap.max));
    const sent = leads.filter((l) => l.status === 'proposed' || l.status === 'won' || l.status === 'lost');
    const cold = leads.filter((l) => l.status === 'cold');
    setText(
      leadsCount,
      leads.length
        ? t('after.leadsCount', { open: leads.filter((l) => l.status === 'open').length, n: leads.length })
        : '',
    );
    const focusedIndex = Array.from(leadList.querySelectorAll('[data-lead]')).findIndex((item) =>
      item.contains(document.activeElement),
    );
    fill(
      leadList,
      open.map((l) => leadItem(g, l, canSend)),
    );
    if (!leads.length) fill(leadList, h('li', { class: 'hint' }, t('after.noLeads')));
    else if (!allOpen.length) fill(leadList, h('li', { class: 'hint' }, t('after.noOpenLeads')));
    const more = allOpen.length - open.length;
    const group = (key: 'sent' | 'cold', title: string, list: typeof leads) =>
      list.length
        ? h(
            'details',
            {
              class: 'closed-leads',
              open: openGroups.has(key),
              onToggle: (e: Event) => {
                if ((e.target as HTMLDetailsElement).open) openGroups.add(key);
                else openGroups.delete(key);
              },
            },
            h('summary', null, title),
            h(
              'ul',
              { class: 'lead-list' },
              list.map((l) => leadItem(g, l, false)),
            ),
          )
        : null;
    fill(
      closedBox,
      more > 0 || showAll
        ? h(
            'button',
            {
              class: 'btn btn-small btn-quiet',
              type: 'button',
              'aria-expanded': String(showAll),
              onClick: () => {
                showAll = !showAll;
                leadsKey = '';
                renderLeads(store.getState());
              },
            },
            showAll ? t('after.showFewer') : t('after.showAll', { n: allOpen.length }),
          )
        : null,
      group('sent', t('after.sent', { n: sent.length }), sent),
      group('cold', t('after.closed', { n: cold.length }), cold),
    );
    if (focusedIndex >= 0) {
      // Focus moves on to the lead that took the sent one's place, or to the capacity line.
      const items = Array.from(leadList.querySelectorAll<HTMLElement>('[data-lead]'));
      const next = items
        .slice(focusedIndex)
        .map((i) => i.querySelector<HTMLButtonElement>('button:not([disabled])'))
        .find((b) => b);
      (next ?? capacityLine).focus();
    }
  };
  capacityLine.tabIndex = -1;

  // This week: orders arriving, news, elsewhere.
  const weekTitle = h('h3', { class: 'section-title' });
  const ordersBox = h('div', { class: 'orders' });
  const newsBox = h('div', { class: 'news' });
  const chartBox = h('div', { class: 'timeline' });

  let weekShown = -1;
  let firedShown = false;
  const renderWeek = (st: SessionState) => {
    const g = st.game;
    if (!g) return;
    const s = g.state;
    if (s.week === weekShown && Boolean(s.fired) === firedShown) return;
    const firstRender = weekShown < 0;
    if (!firstRender) setText(errorLine, '');
    weekShown = s.week;
    firedShown = Boolean(s.fired);
    setText(
      weekTitle,
      s.week > 0 ? `${t('after.thisWeek')} · ${t('news.week', { n: s.week })}` : t('after.thisWeek'),
    );
    const orders = ordersThisWeek(g);
    const total = orders.reduce((a, o) => a + o.value, 0);
    fill(
      ordersBox,
      h(
        'h4',
        null,
        t('after.orders'),
        orders.length ? h('span', { class: 'count' }, ` · ${money(total, lang)}`) : null,
      ),
      s.week === 0
        ? h('p', { class: 'hint' }, t('after.beforeFirst'))
        : orders.length
          ? h(
              'ul',
              { class: 'order-list' },
              orders.slice(0, ORDERS_SHOWN).map((o) =>
                h(
                  'li',
                  { class: `order origin-${o.origin.kind}` },
                  // The people we met at the fair come with their face.
                  o.origin.kind === 'follow-up' || o.origin.kind === 'fair'
                    ? visitorFace(o.account, accountName(L, s, o.account).name)
                    : null,
                  h('span', null, orderSentence(t, L, s, o, lang)),
                ),
              ),
              orders.length > ORDERS_SHOWN
                ? h('li', { class: 'hint' }, t('review.traceMore', { n: orders.length - ORDERS_SHOWN }))
                : null,
            )
          : h('p', { class: 'hint' }, t('after.ordersNone')),
    );
    const elsewhere = competitorsThisWeek(g)
      .map((c) => `${supplierName(L, c.sup, lang)} ${moneyShort(c.value, lang)}`)
      .join(' · ');
    const news = seasonNews(g, 4);
    const whyOf = (n: (typeof news)[number]['news']) => {
      const why = ceoWhy(t, L, g.state, n, lang);
      return why ? h('span', { class: 'news-why' }, ` ${why}`) : null;
    };
    fill(
      newsBox,
      h('h4', null, t('after.news')),
      elsewhere ? h('p', { class: 'elsewhere' }, t('after.elsewhere', { list: elsewhere })) : null,
      news.length
        ? h(
            'ul',
            { class: 'news-list' },
            news.map(({ news: n, index }) =>
              h(
                'li',
                { class: `news-item news-${n.kind}` },
                h('span', { class: 'news-week' }, newsWhen(t, n)),
                ' ',
                newsLine(t, L, g.state.news, index, lang),
                whyOf(n),
              ),
            ),
          )
        : h('p', { class: 'hint' }, t('after.newsNone')),
    );
    const series = seriesSoFar(g);
    fill(
      chartBox,
      barChart(
        {
          title: t('after.timeline'),
          summary: t('after.timelineSummary'),
          xLabels: [t('common.fair'), ...Array.from({ length: L.weeksAfter }, (_, i) => String(i + 1))],
          xTitle: t('review.xWeeks'),
          yTitle: t('review.yRevenue'),
          tick: (v) => moneyShort(v, lang),
          full: (v) => money(v, lang),
          showNumbers: t('common.showNumbers'),
          size: 'compact',
          splitAfterFirst: true,
          highlight: s.week,
          headingLevel: 'h3',
        },
        series.map((x) => ({
          id: x.id,
          label: x.id === 'us' ? t('common.you') : supplierNameById(L, x.id, lang),
          color: supplierColor(L, x.id),
          values: x.values,
          emphasis: x.id === 'us',
        })),
      ),
    );
    if (s.fired) {
      firedBox.hidden = false;
      fill(
        firedBox,
        h('h3', null, t('after.firedTitle')),
        h('p', null, t('after.firedBody', { ceo: L.ceo.name[lang], line: ceoLine(L, 'fired', 0, lang) })),
      );
    }
    if (!firstRender && s.week > 0) {
      if (orders.length === 1) ui.announce(t('live.order', { w: s.week, value: money(total, lang) }));
      else if (orders.length > 1)
        ui.announce(t('live.orders', { w: s.week, n: orders.length, value: money(total, lang) }));
    }
  };

  const panel = h(
    'aside',
    { class: 'panel after-panel', 'aria-labelledby': 'after-title' },
    h('h2', { id: 'after-title', class: 'panel-title', tabindex: -1 }, t('after.title')),
    actions,
    rule.el,
    errorLine,
    firedBox,
    createTips(ui, L, 'after'),
    h(
      'section',
      { class: 'after-leads', 'aria-labelledby': 'after-leads-title' },
      h('h3', { id: 'after-leads-title', class: 'section-title' }, t('after.leads'), ' ', leadsCount),
      capacityLine,
      spendLine,
      leadList,
      closedBox,
    ),
  );
  const weekCard = h(
    'section',
    { class: 'week-card', 'aria-label': t('after.thisWeek') },
    weekTitle,
    h('div', { class: 'week-card-body' }, ordersBox, newsBox),
    chartBox,
  );
  panel.append(weekCard);
  const ceoStreet = createCeoStreet(ui);
  const el = h('div', { class: 'phase phase-after' }, hud.el, ceoStreet.el, panel);
  const update = (st: SessionState) => {
    hud.update?.(st);
    ceoStreet.update?.(st);
    rule.update?.(st);
    renderActions(st);
    renderWeek(st);
    renderLeads(st);
  };
  renderActions(st0);
  update(st0);
  return { el, update };
}
