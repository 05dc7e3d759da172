// What the fair says to screen readers as it runs (ui.announce, also shown briefly as a toast):
// now and then, what the team signed and which leads it made — gathered while the player is not
// in a conversation, said at most every few seconds — and the CEO's visit (levels with ceo.visit):
// when he comes to the booth, and when he leaves, with his verdict if he gave one.
import { money } from '../i18n/format';
import type { SessionState } from '../store/session';
import { ceoIsAtBooth } from '../view';
import { type FairTakings, fairTakings } from '../view/fair';
import type { Ui } from './context';
import { isVisitVerdict, newsLine } from './text';

const ANNOUNCE_MS = 4000;

const NONE: FairTakings = { leads: 0, orders: 0, value: 0 };

const countOf = (st: SessionState) => (st.game ? fairTakings(st.game) : NONE);

/** The fair's announcer, counting from `st0`: call it with every new state; it says what is news. */
export function fairNews(ui: Ui, st0: SessionState): (st: SessionState) => void {
  const { t, lang } = ui;
  let counted = countOf(st0);
  let pending = NONE;
  let lastAnnounce = 0;
  let ceoHere = false;

  const takings = (st: SessionState) => {
    const now = countOf(st);
    if (st.selectedVisitor >= 0) {
      counted = now;
      return;
    }
    pending = {
      leads: pending.leads + Math.max(0, now.leads - counted.leads),
      orders: pending.orders + Math.max(0, now.orders - counted.orders),
      value: pending.value + Math.max(0, now.value - counted.value),
    };
    counted = now;
    const time = Date.now();
    if (time - lastAnnounce < ANNOUNCE_MS || (!pending.leads && !pending.orders)) return;
    lastAnnounce = time;
    const parts: string[] = [];
    if (pending.orders === 1) parts.push(t('live.signedTeam', { value: money(pending.value, lang) }));
    else if (pending.orders > 1)
      parts.push(t('live.signedMany', { n: pending.orders, value: money(pending.value, lang) }));
    if (pending.leads > 0) parts.push(t('live.leads', { n: pending.leads }));
    pending = NONE;
    ui.announce(parts.join(' '));
  };

  const ceo = (st: SessionState) => {
    const g = st.game;
    const here = !!g && ceoIsAtBooth(g);
    if (here === ceoHere || !g) return;
    ceoHere = here;
    const name = g.level.ceo.name[lang];
    if (here) {
      ui.announce(t('live.ceoArrives', { ceo: name }));
      return;
    }
    const news = g.state.news;
    let i = news.length - 1;
    while (i >= 0 && !isVisitVerdict(news[i]?.tone ?? '')) i--;
    ui.announce(i >= 0 ? newsLine(t, g.level, news, i, lang) : t('live.ceoLeaves', { ceo: name }));
  };

  return (st) => {
    ceo(st);
    takings(st);
  };
}
