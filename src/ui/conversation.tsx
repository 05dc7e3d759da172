// The conversation card: opens when the player steps into a visitor's conversation (the fair
// clock waits while it is open). Who they are, what they say, what the team already knows,
// and four choices; the consequence shows at once. A question keeps them talking; anything
// else ends with "Back to the hall". A native modal <dialog> (modal.ts) holding Preact
// components; what happened comes back from the store's dispatch, never from the world's queue.
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { money, percent } from '../i18n/format';
import type { Action, CommandError, Game, Memory } from '../sim';
import { accountMemory } from '../view';
import { type VisitorCard, visitorCard } from '../view/selectors';
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
import { CloseButton } from './close-button';
import type { Part, Ui } from './context';
import { h } from './dom';
import { modal } from './modal';
import { hintLine, supplierName } from './text';
import { UiContext, useUi } from './ui-context';
import { VisitorFace } from './visitor-face';

/** Needs listed on the card (the heaviest for this visitor); the rest are counted. */
const KNOWN_SHOWN = 2;

export function createConversation(ui: Ui, visitorId: number): Part {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const close = () => ui.store.getState().selectVisitor(-1);
  const el = h('dialog', { class: 'card-layer', 'aria-labelledby': `card-title-${visitorId}` });
  const shown = modal(el, close);
  render(
    <UiContext.Provider value={ui}>
      <Card visitorId={visitorId} close={close} />
    </UiContext.Provider>,
    el,
  );
  return {
    el,
    destroy() {
      render(null, el);
      shown.remove();
      if (before?.isConnected) before.focus();
    },
  };
}

/** What happened in this conversation so far (the card's own memory of it). */
interface Talk {
  outcome: OutcomeEvent | null;
  reply: ReplyKind | null;
  error: CommandError | null;
  finished: boolean;
  /** Needs learned here (the team's notes may not reach the card's threshold yet). */
  learned: number[];
}

const FRESH: Talk = { outcome: null, reply: null, error: null, finished: false, learned: [] };

function Card({ visitorId, close }: { visitorId: number; close: () => void }) {
  const ui = useUi();
  const [talk, setTalk] = useState<Talk>(FRESH);
  const box = useRef<HTMLDivElement>(null);
  const game = ui.store.getState().game;
  const card = game ? visitorCard(game, visitorId) : null;
  /** What they remember of us, read once as they step up (our talk now must not change it). */
  const remembered = useRef<Memory | null | undefined>(undefined);
  if (game && card && remembered.current === undefined)
    remembered.current = accountMemory(game.state, card.visitor.account);
  useScrollCue(box);
  useCardFocus(box, talk, !card);

  const act = (action: Action) => {
    const res = ui.store.getState().dispatch({ type: 'handle', visitor: visitorId, action });
    if (!res.ok) return setTalk({ ...talk, error: res.error });
    const ev = findOutcome(res.events, visitorId);
    const learned = ev && ev.learned >= 0 && !talk.learned.includes(ev.learned) ? [ev.learned] : [];
    setTalk({
      outcome: ev,
      reply: ev ? replyKind(action, ev) : null,
      error: null,
      finished: talk.finished || action !== 'ask',
      learned: [...talk.learned, ...learned],
    });
    if (ev) announceOutcome(ui, visitorId, ev);
  };

  return (
    <div class="dialog card" ref={box}>
      {game && card ? (
        <>
          <CardContent
            game={game}
            card={card}
            talk={talk}
            memory={remembered.current ?? null}
            act={act}
            close={close}
          />
          <div class="card-more" aria-hidden="true" />
        </>
      ) : (
        <Gone visitorId={visitorId} close={close} />
      )}
    </div>
  );
}

/** Says a sale or a new lead to screen readers as it happens. */
function announceOutcome(ui: Ui, visitorId: number, ev: OutcomeEvent): void {
  const game = ui.store.getState().game;
  const card = game ? visitorCard(game, visitorId) : null;
  if (!card) return;
  if (ev.sold > 0) ui.announce(ui.t('live.signed', { name: card.name, value: money(ev.sold, ui.lang) }));
  else if (ev.lead >= 0) ui.announce(ui.t('live.lead', { name: card.name }));
}

/** On a small screen the card scrolls: a cue at its foot while more (the choices) is below. */
function useScrollCue(box: { current: HTMLDivElement | null }): void {
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const cue = () => {
      const below = el.scrollHeight - el.clientHeight - el.scrollTop > 4;
      el.setAttribute('data-more', String(below));
    };
    el.addEventListener('scroll', cue, { passive: true });
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(cue) : null;
    resized?.observe(el);
    return () => {
      el.removeEventListener('scroll', cue);
      resized?.disconnect();
    };
  }, [box]);
  // After every render the content may have grown or shrunk.
  useLayoutEffect(() => {
    const el = box.current;
    const id = requestAnimationFrame(() => {
      if (el) el.setAttribute('data-more', String(el.scrollHeight - el.clientHeight - el.scrollTop > 4));
    });
    return () => cancelAnimationFrame(id);
  });
}

/**
 * Focus follows the talk: the name as they step up, the first choice after a question, "Back
 * to the hall" when it is over. The first render happens before the card is in the page, so
 * its focus waits a microtask.
 */
function useCardFocus(box: { current: HTMLDivElement | null }, talk: Talk, gone: boolean): void {
  const first = useRef(true);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const target =
      gone || talk.finished
        ? el.querySelector<HTMLElement>('.card-actions .btn-primary')
        : talk.outcome
          ? el.querySelector<HTMLElement>('.choices .btn')
          : el.querySelector<HTMLElement>('h2');
    if (first.current) queueMicrotask(() => target?.focus());
    else target?.focus();
    first.current = false;
  }, [box, talk, gone]);
}

function Gone({ visitorId, close }: { visitorId: number; close: () => void }) {
  const { t } = useUi();
  return (
    <>
      <h2 id={`card-title-${visitorId}`}>{t('card.gone')}</h2>
      <div class="card-actions">
        <button class="btn btn-primary" type="button" onClick={close}>
          {t('card.back')}
        </button>
      </div>
    </>
  );
}

interface ContentProps {
  game: Game;
  card: VisitorCard;
  talk: Talk;
  memory: Memory | null;
  act: (action: Action) => void;
  close: () => void;
}

function CardContent(p: ContentProps) {
  const { t } = useUi();
  return (
    <>
      <CardHead card={p.card} close={p.close} />
      <div class="card-body">
        <Says game={p.game} card={p.card} memory={p.memory} />
        <Known game={p.game} card={p.card} talk={p.talk} memory={p.memory} />
        {p.talk.outcome ? (
          <Outcome game={p.game} card={p.card} talk={p.talk} outcome={p.talk.outcome} />
        ) : null}
        {p.talk.error ? (
          <p class="form-error" role="alert">
            {t(`error.${p.talk.error}`)}
          </p>
        ) : null}
      </div>
      <Actions game={p.game} card={p.card} talk={p.talk} act={p.act} close={p.close} />
    </>
  );
}

function CardHead({ card, close }: { card: VisitorCard; close: () => void }) {
  const { t, lang } = useUi();
  return (
    <header class="card-head">
      <VisitorFace account={card.visitor.account} label={card.name} />
      <div class="card-who">
        <h2 id={`card-title-${card.visitor.id}`} tabIndex={-1}>
          {card.name}
        </h2>
        <p class="card-from">{t('card.from', { company: card.company, segment: card.segment.name[lang] })}</p>
      </div>
      <CloseButton label={t('card.back')} onClick={close} />
    </header>
  );
}

/** What they say: what they remember of us or who they are, their tell, their needs, their answer. */
function Says({ game, card, memory }: { game: Game; card: VisitorCard; memory: Memory | null }) {
  const { t, lang } = useUi();
  const L = game.level;
  const v = card.visitor;
  const signs = signLines(t, v);
  const remembered = memoryLine(L, memory, v.id, lang);
  // Someone who does not remember us says who they are, in their segment's voice.
  const segment = game.state.accounts[v.account]?.segment ?? -1;
  const intro = remembered ? null : voiceLine(L, segment, v.id, lang);
  const budget = signs.answer ? moodLine(L, game.state.season, v.id, lang) : null;
  const hints = card.hintNeeds.map((n, i) => hintLine(L, n, v.id, lang, i));
  return (
    <section class="card-says">
      <h3>{t('card.says')}</h3>
      {remembered ? <blockquote class="card-memory">{`“${remembered}”`}</blockquote> : null}
      {intro ? <blockquote class="card-intro">{`“${intro}”`}</blockquote> : null}
      <p class="card-tell">{signs.tell}</p>
      {hints.map((line, i) => (
        <blockquote class={i > 0 ? 'is-new' : ''}>
          {i > 0 ? <span class="adds">{`${t('card.adds')} `}</span> : null}
          {`“${line}”`}
        </blockquote>
      ))}
      {signs.answer ? (
        <blockquote class="is-new card-answer">{`“${signs.answer}${budget ? ` ${budget}` : ''}”`}</blockquote>
      ) : null}
    </section>
  );
}

/** What the team already knows of them: their heaviest needs, then a count; their trust in us. */
function Known({
  game,
  card,
  talk,
  memory,
}: {
  game: Game;
  card: VisitorCard;
  talk: Talk;
  memory: Memory | null;
}) {
  const { t, lang } = useUi();
  const needs = [...card.known, ...talk.learned.filter((n) => !card.known.includes(n))];
  return (
    <section class="card-known">
      <h3>{t('card.known')}</h3>
      {needs.length ? (
        <ul>
          {needs.slice(0, KNOWN_SHOWN).map((n) => (
            <li>{game.level.needs[n]?.learned[lang] ?? ''}</li>
          ))}
        </ul>
      ) : (
        <p class="hint">{t(memory ? 'card.knownNoneMet' : 'card.knownNone')}</p>
      )}
      {needs.length > KNOWN_SHOWN ? (
        <p class="hint">{t('card.knownMore', { n: needs.length - KNOWN_SHOWN })}</p>
      ) : null}
      <p class="card-trust">
        <span>{`${t('card.trust')}: `}</span>
        <strong>{percent(card.trust, lang)}</strong>
      </p>
    </section>
  );
}

function Outcome({
  game,
  card,
  talk,
  outcome,
}: {
  game: Game;
  card: VisitorCard;
  talk: Talk;
  outcome: OutcomeEvent;
}) {
  const { t, lang } = useUi();
  return (
    <section class="card-outcome" aria-live="polite">
      <h3>{talk.finished ? t('card.outcome') : t('card.asked')}</h3>
      {talk.reply ? (
        <blockquote class="card-reply">{`“${replyLine(game.level, talk.reply, card.visitor.id, lang)}”`}</blockquote>
      ) : null}
      <ul>
        {outcomeLines(t, game.level, outcome, lang).map((line) => (
          <li class={`outcome-${line.kind}`}>{line.text}</li>
        ))}
      </ul>
    </section>
  );
}

interface ActionsProps {
  game: Game;
  card: VisitorCard;
  talk: Talk;
  act: (action: Action) => void;
  close: () => void;
}

/** The four choices while they are at our booth; "Back to the hall" once it is over or they left. */
function Actions({ game, card, talk, act, close }: ActionsProps) {
  const { t, lang } = useUi();
  const v = card.visitor;
  const back = (
    <button class="btn btn-primary" type="button" onClick={close}>
      {t('card.back')}
    </button>
  );
  if (talk.finished) return <div class="card-actions">{back}</div>;
  if (!(v.booth === 0 && (v.status === 'queue' || v.status === 'talking'))) {
    const away = v.status === 'gone' || v.status === 'away' || v.booth <= 0;
    const where = away
      ? t('card.gone')
      : t('card.elsewhere', { company: supplierName(game.level, v.booth, lang) });
    return (
      <div class="card-actions">
        <p class="hint">{where}</p>
        {back}
      </div>
    );
  }
  const choice = (action: Action, label: string) => (
    <button class={`btn btn-choice choice-${action}`} type="button" onClick={() => act(action)}>
      {label}
    </button>
  );
  return (
    <div class="card-actions">
      <h3 class="sr-only">{t('card.choose')}</h3>
      <div class="choices">
        {choice('pitch', t('card.pitch'))}
        {v.asked ? null : choice('ask', t('card.ask'))}
        {choice('listen', t('card.listen'))}
        {choice('brochure', t('card.brochure'))}
      </div>
    </div>
  );
}
