// The conversation card: opens when the player steps into a visitor's conversation (the fair
// clock waits while it is open). Who they are, what they say, what the team already knows,
// and four choices; the consequence shows at once. A question keeps them talking; anything
// else ends with "Back to the hall".
import { money, percent } from '../i18n/format';
import type { Action, CommandError, Memory } from '../sim';
import { accountMemory } from '../view';
import { visitorCard } from '../view/selectors';
import {
  findOutcome,
  memoryLine,
  moodLine,
  type OutcomeEvent,
  outcomeLines,
  type ReplyKind,
  replyKind,
  replyLine,
  signLines,
  voiceLine,
} from './card-text';
import type { Part, Ui } from './context';
import { fill, h } from './dom';
import { modal } from './modal';
import { hintLine, supplierName } from './text';
import { visitorFace } from './visitor-face';

/** Needs listed on the card (the heaviest for this visitor); the rest are counted. */
const KNOWN_SHOWN = 2;

export function createConversation(ui: Ui, visitorId: number): Part {
  const { t, lang, store } = ui;
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = `card-title-${visitorId}`;
  const box = h('div', { class: 'dialog card' });
  const el = h('dialog', { class: 'card-layer', 'aria-labelledby': titleId }, box);
  let outcome: OutcomeEvent | null = null;
  let reply: ReplyKind | null = null;
  /** What they remember of us, read once as they step up (our talk now must not change it). */
  let remembered: Memory | null | undefined;
  let error: CommandError | null = null;
  let finished = false;
  /** Needs learned in this conversation (the team's notes may not reach the card's threshold yet). */
  const learnedHere: number[] = [];

  const close = () => store.getState().selectVisitor(-1);
  const shown = modal(el, close);

  // On a small screen the card scrolls: a cue at its foot while more (the choices) is below.
  const more = h('div', { class: 'card-more', 'aria-hidden': 'true' });
  const cue = () => {
    const below = box.scrollHeight - box.clientHeight - box.scrollTop > 4;
    box.setAttribute('data-more', String(below));
  };
  box.addEventListener('scroll', cue, { passive: true });
  const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(cue) : null;
  resized?.observe(box);

  const act = (action: Action) => {
    const st = store.getState();
    const res = st.dispatch({ type: 'handle', visitor: visitorId, action });
    if (!res.ok) {
      error = res.error;
      render();
      return;
    }
    error = null;
    const ev = findOutcome(res.events, visitorId);
    outcome = ev;
    reply = ev ? replyKind(action, ev) : null;
    if (ev && ev.learned >= 0 && !learnedHere.includes(ev.learned)) learnedHere.push(ev.learned);
    if (action !== 'ask') finished = true;
    const game = store.getState().game;
    if (ev && game) {
      const card = visitorCard(game, visitorId);
      if (ev.sold > 0 && card)
        ui.announce(t('live.signed', { name: card.name, value: money(ev.sold, lang) }));
      else if (ev.lead >= 0 && card) ui.announce(t('live.lead', { name: card.name }));
    }
    render();
  };

  const render = (initial = false) => {
    const game = store.getState().game;
    const card = game ? visitorCard(game, visitorId) : null;
    if (!game || !card) {
      fill(
        box,
        h('h2', { id: titleId }, t('card.gone')),
        h(
          'div',
          { class: 'card-actions' },
          h('button', { class: 'btn btn-primary', type: 'button', onClick: close }, t('card.back')),
        ),
      );
      box.querySelector<HTMLElement>('.btn-primary')?.focus();
      return;
    }
    const L = game.level;
    const v = card.visitor;
    const atOurs = v.booth === 0 && (v.status === 'queue' || v.status === 'talking');
    const hints = card.hintNeeds.map((n, i) => hintLine(L, n, v.id, lang, i));
    // What they show (their tell), and once asked, their answer: only what a player may see.
    const signs = signLines(t, v);
    const knownNeeds = [...card.known, ...learnedHere.filter((n) => !card.known.includes(n))];
    if (remembered === undefined) remembered = accountMemory(game.state, v.account);
    const memory = memoryLine(L, remembered, v.id, lang);
    // Someone who does not remember us says who they are, in their segment's voice.
    const segment = game.state.accounts[v.account]?.segment ?? -1;
    const intro = memory ? null : voiceLine(L, segment, v.id, lang);
    const budget = signs.answer ? moodLine(L, game.state.season, v.id, lang) : null;
    const head = h(
      'header',
      { class: 'card-head' },
      visitorFace(v.account, card.name),
      h(
        'div',
        { class: 'card-who' },
        h('h2', { id: titleId, tabindex: -1 }, card.name),
        h(
          'p',
          { class: 'card-from' },
          t('card.from', { company: card.company, segment: card.segment.name[lang] }),
        ),
      ),
      h(
        'button',
        {
          class: 'btn btn-icon',
          type: 'button',
          'aria-label': t('card.back'),
          title: t('card.back'),
          onClick: close,
        },
        '×',
      ),
    );
    const says = h(
      'section',
      { class: 'card-says' },
      h('h3', null, t('card.says')),
      memory ? h('blockquote', { class: 'card-memory' }, `“${memory}”`) : null,
      intro ? h('blockquote', { class: 'card-intro' }, `“${intro}”`) : null,
      h('p', { class: 'card-tell' }, signs.tell),
      hints.map((line, i) =>
        h(
          'blockquote',
          { class: i > 0 ? 'is-new' : '' },
          i > 0 ? h('span', { class: 'adds' }, `${t('card.adds')} `) : null,
          `“${line}”`,
        ),
      ),
      signs.answer
        ? h('blockquote', { class: 'is-new card-answer' }, `“${signs.answer}${budget ? ` ${budget}` : ''}”`)
        : null,
    );
    const known = h(
      'section',
      { class: 'card-known' },
      h('h3', null, t('card.known')),
      // What weighs most with them first; the rest as a count (a talk teaches a little of everything).
      knownNeeds.length
        ? h(
            'ul',
            null,
            knownNeeds.slice(0, KNOWN_SHOWN).map((n) => h('li', null, L.needs[n]?.learned[lang] ?? '')),
          )
        : h('p', { class: 'hint' }, t(remembered ? 'card.knownNoneMet' : 'card.knownNone')),
      knownNeeds.length > KNOWN_SHOWN
        ? h('p', { class: 'hint' }, t('card.knownMore', { n: knownNeeds.length - KNOWN_SHOWN }))
        : null,
      h(
        'p',
        { class: 'card-trust' },
        h('span', null, `${t('card.trust')}: `),
        h('strong', null, percent(card.trust, lang)),
      ),
    );
    const result = outcome
      ? h(
          'section',
          { class: 'card-outcome', 'aria-live': 'polite' },
          h('h3', null, finished ? t('card.outcome') : t('card.asked')),
          reply ? h('blockquote', { class: 'card-reply' }, `“${replyLine(L, reply, v.id, lang)}”`) : null,
          h(
            'ul',
            null,
            outcomeLines(t, L, outcome, lang).map((line) =>
              h('li', { class: `outcome-${line.kind}` }, line.text),
            ),
          ),
        )
      : null;
    let actions: HTMLElement;
    if (finished) {
      actions = h(
        'div',
        { class: 'card-actions' },
        h('button', { class: 'btn btn-primary', type: 'button', onClick: close }, t('card.back')),
      );
    } else if (!atOurs) {
      const where =
        v.status === 'gone' || v.status === 'away'
          ? t('card.gone')
          : v.booth > 0
            ? t('card.elsewhere', { company: supplierName(L, v.booth, lang) })
            : t('card.gone');
      actions = h(
        'div',
        { class: 'card-actions' },
        h('p', { class: 'hint' }, where),
        h('button', { class: 'btn btn-primary', type: 'button', onClick: close }, t('card.back')),
      );
    } else {
      const choice = (action: Action, label: string, disabled = false) =>
        h(
          'button',
          { class: `btn btn-choice choice-${action}`, type: 'button', disabled, onClick: () => act(action) },
          label,
        );
      actions = h(
        'div',
        { class: 'card-actions' },
        h('h3', { class: 'sr-only' }, t('card.choose')),
        h(
          'div',
          { class: 'choices' },
          choice('pitch', t('card.pitch')),
          v.asked ? null : choice('ask', t('card.ask')),
          choice('listen', t('card.listen')),
          choice('brochure', t('card.brochure')),
        ),
      );
    }
    fill(
      box,
      head,
      h(
        'div',
        { class: 'card-body' },
        says,
        known,
        result,
        error ? h('p', { class: 'form-error', role: 'alert' }, t(`error.${error}`)) : null,
      ),
      actions,
      more,
    );
    requestAnimationFrame(cue);
    const focusTarget = finished
      ? box.querySelector<HTMLElement>('.card-actions .btn-primary')
      : outcome
        ? box.querySelector<HTMLElement>('.choices .btn')
        : box.querySelector<HTMLElement>('h2');
    // The first render happens before the card is in the page: focus once it is.
    if (initial) queueMicrotask(() => focusTarget?.focus());
    else focusTarget?.focus();
  };

  render(true);
  return {
    el,
    destroy() {
      resized?.disconnect();
      shown.remove();
      if (before?.isConnected) before.focus();
    },
  };
}
