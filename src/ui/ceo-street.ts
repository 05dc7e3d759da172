// The CEO comes down to the street when he judges: a speech card over the street with his face,
// his patience this season (from the plan to now), his line and why he says it in numbers (the
// same news item the week card lists). It shows his newest judgement of the season — of the fair and
// what he saw at the booth when the weeks begin, then of the weeks — and goes when two more weeks
// have passed, when the player closes it, or when the season ends. The street scene has him step
// out of the door when he speaks in a week.
import type { News } from '../sim';
import type { SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { fill, h } from './dom';
import { ceoPortrait } from './portraits';
import { ceoLine, ceoTurn, ceoWhy } from './text';

/** Weeks a remark stays in the bubble after the week it was made. */
const SHOWN_WEEKS = 2;

/** Remarks that judge nothing yet: his answer to the promise, and word of whether he comes. */
const NOT_JUDGING: readonly string[] = ['promise', 'visitComing', 'visitAway'];

/** The index of the CEO's newest judgement this season (the fair, his visit, a week), or -1. */
export function latestJudgement(news: readonly News[], season: number): number {
  for (let i = news.length - 1; i >= 0; i--) {
    const n = news[i];
    if (!n || n.season !== season) break;
    if (n.kind === 'ceo' && !NOT_JUDGING.includes(n.tone)) return i;
  }
  return -1;
}

/**
 * His judgements made in the same week as the newest one, oldest first (at the fair: what he saw
 * at the booth, then the fair's result), by index; empty when he has judged nothing yet.
 */
export function latestJudgements(news: readonly News[], season: number): number[] {
  const last = latestJudgement(news, season);
  const week = news[last]?.week;
  const out: number[] = [];
  for (let i = last; i >= 0; i--) {
    const n = news[i];
    if (!n || n.season !== season || n.week !== week) break;
    if (n.kind === 'ceo' && !NOT_JUDGING.includes(n.tone)) out.unshift(i);
  }
  return out;
}

export function createCeoStreet(ui: Ui): Part {
  const { t, lang } = ui;
  const el = h('aside', { class: 'ceo-street', hidden: true });
  /** The remark the player closed (not shown again). */
  let closed = -1;
  let shown = -1;
  const update = (st: SessionState) => {
    const g = st.game;
    const s = g?.state;
    const said = s && s.phase === 'after' ? latestJudgements(s.news, s.season) : [];
    const at = said[said.length - 1] ?? -1;
    const news = s?.news[at];
    const visible = !!g && !!s && !!news && at !== closed && s.week - news.week < SHOWN_WEEKS;
    el.hidden = !visible;
    if (!visible || at === shown) return;
    shown = at;
    const L = g.level;
    const ceo = L.ceo.name[lang];
    // Where his patience stood when the season was planned, and where it stands now.
    const from = Math.round(s.history[s.season]?.patienceStart ?? s.ceo.patience);
    const to = Math.round(s.ceo.patience);
    const trend = to > from ? 'is-up' : to < from ? 'is-down' : '';
    fill(
      el,
      ceoPortrait(''),
      h(
        'div',
        { class: 'ceo-street-body' },
        h(
          'p',
          { class: 'ceo-street-who' },
          h('strong', null, ceo),
          ' ',
          h('span', { class: `ceo-street-patience ${trend}` }, t('ceoSays.patience', { from, to })),
        ),
        said.map((i) => {
          const n = s.news[i] as News;
          const why = ceoWhy(t, L, s, n, lang);
          return [
            h('p', { class: 'ceo-street-line' }, `“${ceoLine(L, n.tone, ceoTurn(s.news, i), lang)}”`),
            why ? h('p', { class: 'ceo-street-why' }, why) : null,
          ];
        }),
      ),
      h(
        'button',
        {
          class: 'btn btn-icon ceo-street-close',
          type: 'button',
          'aria-label': t('ceoSays.close'),
          title: t('ceoSays.close'),
          onClick: () => {
            closed = at;
            el.hidden = true;
          },
        },
        '×',
      ),
    );
  };
  return { el, update };
}
