// The fair, as the overlay shows it: the HUD, the side panel listing the visitors at our booth
// (choosing one opens their conversation card; the world highlights them), a paused note, and
// the card itself. Lists are rebuilt only when who is at the booth changes; the live region
// says, now and then, what the team signed and which leads it made.
import { money } from '../i18n/format';
import type { Game, Visitor } from '../sim';
import type { SessionState } from '../store/session';
import { ceoIsAtBooth } from '../view';
import { fairTakings } from '../view/fair';
import { visitorCard, visitorsAtOurBooth } from '../view/selectors';
import type { Part, Ui } from './context';
import { createConversation } from './conversation';
import { h, setAttr, setText } from './dom';
import { createHud, salesChips } from './hud';
import { isVisitVerdict, newsLine } from './text';
import { createTips } from './tips';

const ANNOUNCE_MS = 4000;

function statusText(ui: Ui, v: Visitor): string {
  if (v.status === 'queue') return ui.t('fair.waiting');
  const a = v.talk?.action;
  if (a === 'pitch') return ui.t('fair.withPitcher');
  if (a === 'listen') return ui.t('fair.withListener');
  return ui.t('fair.withColleague');
}

export function createFair(ui: Ui): Part {
  const { t, lang, store } = ui;
  const st0 = store.getState();
  const game = st0.game;
  const hud = createHud(ui, 'fair');
  const phoneSales = salesChips(ui, 'panel-sales chips');
  // A level's first fair tip holds the fair's clock until the player has read it.
  const waits = !!game && !st0.bot && game.state.tick === 0;
  const fairTip = game
    ? createTips(ui, game.level, 'fair', waits ? () => store.getState().setPaused(false) : undefined)
    : null;
  if (fairTip && waits) queueMicrotask(() => store.getState().setPaused(true));
  const list = h('ul', { class: 'visitor-list', 'aria-labelledby': 'fair-panel-title' });
  const empty = h('p', { class: 'hint' }, t('fair.empty'));
  const panel = h(
    'aside',
    { class: 'panel fair-panel', 'aria-labelledby': 'fair-panel-title' },
    phoneSales.el,
    h('h2', { id: 'fair-panel-title', class: 'panel-title', tabindex: -1 }, t('fair.panel')),
    h('p', { class: 'panel-hint' }, st0.bot ? t('fair.watching') : t('fair.pick')),
    fairTip,
    list,
    empty,
  );
  const pausedNote = h(
    'div',
    { class: 'stage-note', hidden: true },
    h('strong', null, t('fair.paused')),
    h('span', null, t('fair.pausedHint')),
    h(
      'button',
      { class: 'btn btn-primary', type: 'button', onClick: () => store.getState().setPaused(false) },
      t('hud.resume'),
    ),
  );
  const cardSlot = h('div', { class: 'card-slot' });
  const el = h('div', { class: 'phase phase-fair' }, hud.el, panel, pausedNote, cardSlot);

  let card: { id: number; part: Part } | null = null;
  const countOf = (st: SessionState) => (st.game ? fairTakings(st.game) : { leads: 0, orders: 0, value: 0 });
  let counted = countOf(st0);
  let pendingNews = { leads: 0, orders: 0, value: 0 };
  let lastAnnounce = 0;

  // The list is kept, not rebuilt: each visitor's item stays the same element while they are
  // at the booth (so a click or a focused button is never pulled away), only its status changes.
  const items = new Map<number, { li: HTMLElement; control: HTMLElement; status: HTMLElement }>();
  const bot = st0.bot !== null;
  const makeItem = (g: Game, v: Visitor) => {
    const c = visitorCard(g, v.id);
    const status = h('span', { class: 'visitor-status' });
    const inner = [
      h('span', { class: 'visitor-name' }, c?.name ?? '?'),
      h('span', { class: 'visitor-company' }, c?.company ?? ''),
      status,
    ];
    const control = bot
      ? h('div', { class: 'visitor' }, inner)
      : h(
          'button',
          {
            class: 'visitor',
            type: 'button',
            'data-visitor': String(v.id),
            'aria-pressed': 'false',
            onClick: () => store.getState().selectVisitor(v.id),
          },
          inner,
        );
    return { li: h('li', null, control), control, status };
  };

  const renderList = (st: SessionState) => {
    const g = st.game;
    if (!g) return;
    const visitors = visitorsAtOurBooth(g);
    const here = new Set(visitors.map((v) => v.id));
    let lostFocus = false;
    for (const [id, item] of items) {
      if (here.has(id)) continue;
      if (item.li.contains(document.activeElement)) lostFocus = true;
      item.li.remove();
      items.delete(id);
    }
    let prev: HTMLElement | null = null;
    for (const v of visitors) {
      let item = items.get(v.id);
      if (!item) {
        item = makeItem(g, v);
        items.set(v.id, item);
      }
      setText(item.status, statusText(ui, v));
      setAttr(item.status, 'class', `visitor-status status-${v.status}`);
      if (!bot) setAttr(item.control, 'aria-pressed', String(st.selectedVisitor === v.id));
      const want: ChildNode | null = prev ? prev.nextSibling : list.firstChild;
      if (item.li !== want) list.insertBefore(item.li, want);
      prev = item.li;
    }
    empty.hidden = visitors.length > 0;
    if (lostFocus) {
      (
        list.querySelector<HTMLElement>('button') ?? panel.querySelector<HTMLElement>('.panel-title')
      )?.focus();
    }
  };

  const syncCard = (st: SessionState) => {
    const want = st.game?.state.phase === 'fair' ? st.selectedVisitor : -1;
    if (card && card.id === want) return;
    if (card) {
      const id = card.id;
      card.part.destroy?.();
      card = null;
      // Focus goes back to the visitor's button, or stays in the panel if their talk is over.
      if (!document.activeElement || document.activeElement === document.body) {
        (
          list.querySelector<HTMLElement>(`[data-visitor="${id}"]`) ??
          list.querySelector<HTMLElement>('button') ??
          panel.querySelector<HTMLElement>('.panel-title')
        )?.focus();
      }
    }
    if (want >= 0) {
      const part = createConversation(ui, want);
      cardSlot.append(part.el);
      card = { id: want, part };
    }
  };

  const announce = (st: SessionState) => {
    const now = countOf(st);
    if (st.selectedVisitor >= 0) {
      counted = now;
      return;
    }
    pendingNews = {
      leads: pendingNews.leads + Math.max(0, now.leads - counted.leads),
      orders: pendingNews.orders + Math.max(0, now.orders - counted.orders),
      value: pendingNews.value + Math.max(0, now.value - counted.value),
    };
    counted = now;
    const time = Date.now();
    if (time - lastAnnounce < ANNOUNCE_MS || (!pendingNews.leads && !pendingNews.orders)) return;
    lastAnnounce = time;
    const parts: string[] = [];
    if (pendingNews.orders === 1) parts.push(t('live.signedTeam', { value: money(pendingNews.value, lang) }));
    else if (pendingNews.orders > 1)
      parts.push(t('live.signedMany', { n: pendingNews.orders, value: money(pendingNews.value, lang) }));
    if (pendingNews.leads > 0) parts.push(t('live.leads', { n: pendingNews.leads }));
    pendingNews = { leads: 0, orders: 0, value: 0 };
    ui.announce(parts.join(' '));
  };

  // The CEO's visit (levels with ceo.visit): said when he comes to the booth and when he leaves.
  let ceoHere = false;
  const announceCeo = (st: SessionState) => {
    const g = st.game;
    const here = !!g && ceoIsAtBooth(g);
    if (here === ceoHere || !g) return;
    ceoHere = here;
    const ceo = g.level.ceo.name[lang];
    if (here) {
      ui.announce(t('live.ceoArrives', { ceo }));
      return;
    }
    const news = g.state.news;
    let i = news.length - 1;
    while (i >= 0 && !isVisitVerdict(news[i]?.tone ?? '')) i--;
    ui.announce(i >= 0 ? newsLine(t, g.level, news, i, lang) : t('live.ceoLeaves', { ceo }));
  };

  const update = (st: SessionState) => {
    hud.update?.(st);
    announceCeo(st);
    phoneSales.update?.(st);
    renderList(st);
    syncCard(st);
    const showPause = st.paused && st.selectedVisitor < 0 && st.overlay === 'none';
    if (pausedNote.hidden === showPause) pausedNote.hidden = !showPause;
    announce(st);
  };
  update(st0);
  return {
    el,
    update,
    destroy() {
      card?.part.destroy?.();
      card = null;
    },
  };
}
