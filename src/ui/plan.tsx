// The plan screen (phase 'plan'): booth size, what the booth is for, pitchers and listeners,
// the marketing director's innovation, the CEO's invitation, and the promise to the CEO
// (revenue target and cost cap), with a preview of what the CEO will think. Validated as the
// player types; the plan goes to the sim as one command, and any refusal is said in words.
// Preact components, rendered into the screen's <main> by createPlan and again on each update
// of the store; the draft lives in the form's state and is remembered per game and season
// (plan-model.ts), so a language switch, which rebuilds the screen, keeps what was typed.
import { type ComponentChildren, type Ref, type RefObject, render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Key } from '../i18n';
import { money, number, percent } from '../i18n/format';
import type { BoothSizeName, Level } from '../levels/schema';
import type { CommandError, Game, PlanLimits } from '../sim';
import { heldSeason, type SessionState } from '../store/session';
import type { Lang } from '../store/settings';
import { BOOTHS } from '../view';
import { type PlanView, planView, promiseView } from '../view/plan';
import { Check } from './check';
import type { Part, T, Ui } from './context';
import { h } from './dom';
import {
  type Checked,
  capForRoom,
  checkDraft,
  defaultDraft,
  draftKey,
  type PlanDraft,
  type Problem,
  parseEuros,
  proposalRoom,
  recallDraft,
  rememberDraft,
  roundUpThousand,
  usefulProposals,
  withBooth,
  withStaff,
} from './plan-model';
import { ceoPortrait } from './portraits';
import { ambitionOf } from './text';
import { Tips } from './tips';
import { UiContext, useUi } from './ui-context';

const AMBITION_KEY = {
  timid: 'plan.ambitionTimid',
  modest: 'plan.ambitionModest',
  solid: 'plan.ambitionSolid',
  bold: 'plan.ambitionBold',
  reckless: 'plan.ambitionReckless',
} as const;

export function createPlan(ui: Ui): Part {
  if (!ui.store.getState().game) return { el: h('main', { class: 'screen' }) };
  const el = h('main', { class: 'screen sheet-screen plan-screen' });
  const draw = (st: SessionState) => {
    const game = st.game;
    if (!game) return;
    const s = game.state;
    render(
      <UiContext.Provider value={ui}>
        <Plan
          key={draftKey(game.level.id, s.seed, s.season)}
          game={game}
          bot={st.bot !== null}
          held={heldSeason(st.room, game)}
          error={st.lastError}
        />
      </UiContext.Provider>,
      el,
    );
  };
  draw(ui.store.getState());
  return { el, update: draw, destroy: () => render(null, el) };
}

interface PlanProps {
  game: Game;
  bot: boolean;
  /** The season (1-based) a workshop room holds this plan at, or 0. */
  held: number;
  /** The store's last refused command: said in the summary when it changes. */
  error: CommandError | null;
}

export function Plan(props: PlanProps) {
  const { game, bot } = props;
  return (
    <div class="sheet plan-sheet">
      <PlanHead game={game} bot={bot} />
      <Tips level={game.level} phase="plan" />
      <PlanForm {...props} />
    </div>
  );
}

function PlanHead({ game, bot }: { game: Game; bot: boolean }) {
  const { t, lang } = useUi();
  const n = game.state.season + 1;
  const revenue = money(planView(game).limits.baseline, lang);
  return (
    <header class="sheet-head">
      <p class="eyebrow">{t('common.season', { n, total: game.level.seasons })}</p>
      <h1 class="screen-title" tabIndex={-1}>
        {t('plan.title', { n })}
      </h1>
      <p>
        {t('plan.intro')} {t('plan.lastSeason', { revenue })}
      </p>
      {bot ? (
        <p class="bot-note" role="status">
          {t('bot.planning')}
        </p>
      ) : null}
    </header>
  );
}

// ——— The draft ———

/** What the two amount fields show: as typed, or grouped as the player's language writes amounts. */
interface Typed {
  target: string;
  cap: string;
}

/** An amount as the player's language groups it (978,500 / 978.500); anything else as typed. */
function grouped(text: string, lang: Lang): string {
  const n = parseEuros(text);
  return n === null ? text : number(n, lang);
}

/** The season's draft: as the player left it, else the default; no innovation when there is nothing new. */
function startDraft(key: string, level: Level, view: PlanView): PlanDraft {
  const draft = recallDraft(key) ?? defaultDraft(level, view.limits, view.previous);
  const next = view.innovationReady ? draft : { ...draft, showInnovations: false };
  rememberDraft(key, next);
  return next;
}

/** The draft in the form's state, remembered as it changes, and what the amount fields show. */
function useDraft(game: Game, view: PlanView) {
  const { lang } = useUi();
  const key = draftKey(game.level.id, game.state.seed, game.state.season);
  const [draft, setDraft] = useState(() => startDraft(key, game.level, view));
  const [typed, setTyped] = useState<Typed>(() => ({
    target: grouped(draft.target, lang),
    cap: grouped(draft.cap, lang),
  }));
  /** Keeps a new draft; `show` is what the amount fields show from now on, where it changes. */
  const keep = (next: PlanDraft, show?: Partial<Typed>) => {
    rememberDraft(key, next);
    setDraft(next);
    if (show) setTyped((now) => ({ ...now, ...show }));
  };
  return { draft, typed, keep, setTyped };
}

/** A problem in the player's words. */
function problemText({ t, lang }: Ui, limits: PlanLimits, booth: BoothSizeName, p: Problem): string {
  if (p.key === 'plan.errTargetLow') return t(p.key, { min: money(limits.minTarget, lang) });
  if (p.key === 'plan.errCapLow') return t(p.key, { planned: money(limits.plannedCost[booth], lang) });
  return t(p.key as Key, p.vars);
}

/** What the form's parts read, and how they change the draft and what the amount fields show. */
interface FieldProps {
  game: Game;
  view: PlanView;
  draft: PlanDraft;
  /** A new draft (`show`: what the amount fields show from now on); clears a summary gone stale. */
  edit(next: PlanDraft, show?: Partial<Typed>): void;
  /** Changes only what the amount fields show. */
  show(part: Partial<Typed>): void;
}

// ——— The form ———

/** The refusal the store reports after the screen was built, said in the summary as it comes. */
function useRefusal(error: CommandError | null, say: (text: string) => void) {
  const { t } = useUi();
  const seen = useRef(error);
  useLayoutEffect(() => {
    if (error === seen.current) return;
    seen.current = error;
    if (error) say(t(`error.${error}`));
  }, [error, t, say]);
}

/** The fields where focus goes when one holds the form's first problem. */
interface FocusRefs {
  staff: RefObject<HTMLButtonElement>;
  target: RefObject<HTMLInputElement>;
  cap: RefObject<HTMLInputElement>;
}

/** Sends the plan to the sim; or says the form's first problem in the summary, focus on its field. */
function send(ui: Ui, checked: Checked, say: (p: Problem) => string, focusOn: FocusRefs): string | null {
  if (checked.command) {
    const res = ui.store.getState().dispatch(checked.command);
    return res.ok ? null : ui.t(`error.${res.error}`);
  }
  const first = checked.problems[0];
  const field = first?.field === 'staff' || first?.field === 'target' ? first.field : 'cap';
  focusOn[field].current?.focus();
  return first ? ui.t('plan.checkForm', { problem: say(first) }) : '';
}

/** The form's state: the draft, the problems in words, the summary line, and the submit. */
function usePlanForm(game: Game, error: CommandError | null) {
  const ui = useUi();
  const view = planView(game);
  const { draft, typed, keep, setTyped } = useDraft(game, view);
  const [summary, setSummary] = useState('');
  useRefusal(error, setSummary);
  const focusOn: FocusRefs = { staff: useRef(null), target: useRef(null), cap: useRef(null) };
  const checked = checkDraft(draft, view.limits);
  const say = (p: Problem) => problemText(ui, view.limits, draft.booth, p);
  const problem = (field: Problem['field']) => {
    const p = checked.problems.find((x) => x.field === field);
    return p ? say(p) : null;
  };
  const fields: FieldProps = {
    game,
    view,
    draft,
    edit: (next, show) => {
      keep(next, show);
      if (!checkDraft(next, view.limits).problems.length) setSummary('');
    },
    show: (part) => setTyped((now) => ({ ...now, ...part })),
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const said = send(ui, checked, say, focusOn);
    if (said !== null) setSummary(said);
  };
  const errors = { staff: problem('staff'), target: problem('target'), cap: problem('cap') };
  return { fields, typed, keep, summary, errors, focusOn, submit };
}

function PlanForm({ game, bot, held, error }: PlanProps) {
  const { fields, typed, keep, summary, errors, focusOn, submit } = usePlanForm(game, error);
  return (
    <form class="plan-form" noValidate onSubmit={submit}>
      <fieldset class="plan-fields" disabled={bot}>
        <div class="plan-grid">
          <div class="plan-col">
            <BoothField {...fields} />
            <FocusField {...fields} />
            <StaffField {...fields} bot={bot} error={errors.staff} moreRef={focusOn.staff} />
            <InnovationField {...fields} />
            {/* As before, the invitation changes the draft but leaves the summary as it is. */}
            <VisitField game={game} draft={fields.draft} keep={keep} />
          </div>
          <div class="plan-col">
            <PromiseField {...fields} typed={typed} errors={errors} refs={focusOn} />
            <CeoPreview game={game} draft={fields.draft} />
          </div>
        </div>
        <SubmitRow bot={bot} held={held} summary={summary} />
      </fieldset>
    </form>
  );
}

// ——— Booth, purpose, staff, innovation, the CEO's visit ———

/** A radio button as a card: its title, then what it means. */
function RadioCard(props: {
  name: string;
  value: string;
  checked: boolean;
  title: ComponentChildren;
  children: ComponentChildren;
  onPick(): void;
}) {
  const id = `${props.name}-${props.value}`;
  return (
    <label class="option-card" for={id}>
      <input
        type="radio"
        name={props.name}
        id={id}
        value={props.value}
        checked={props.checked}
        onChange={props.onPick}
      />
      <span class="option-body">
        <span class="option-title">{props.title}</span>
        {props.children}
      </span>
    </label>
  );
}

function pullWord(t: T, pull: number): string {
  return pull < 0.7 ? t('plan.pullLow') : pull < 1.2 ? t('plan.pullMid') : t('plan.pullHigh');
}

function BoothField({ game, view, draft, edit }: FieldProps) {
  const { t, lang } = useUi();
  const L = game.level;
  const pick = (booth: BoothSizeName) => {
    const next = withBooth(draft, booth, view.limits, L.model.proposalCost);
    edit(next, next.cap === draft.cap ? undefined : { cap: grouped(next.cap, lang) });
  };
  return (
    <fieldset class="field">
      <legend>{t('plan.booth')}</legend>
      <div class="options options-3">
        {BOOTHS.map((b) => (
          <RadioCard
            key={b}
            name="plan-booth"
            value={b}
            checked={draft.booth === b}
            onPick={() => pick(b)}
            title={
              <>
                {t(`plan.${b}`)}
                <span class="option-cost">
                  {t('plan.boothCost', { cost: money(L.fair.booths[b].cost, lang) })}
                </span>
              </>
            }
          >
            <span>{t('plan.boothPull', { pull: pullWord(t, L.fair.booths[b].pull) })}</span>
            <span>{t('plan.boothSlots', { n: view.limits.slots[b] })}</span>
          </RadioCard>
        ))}
      </div>
    </fieldset>
  );
}

function FocusField({ draft, edit }: FieldProps) {
  const { t } = useUi();
  const card = (focus: 'display' | 'conversation') => (
    <RadioCard
      name="plan-focus"
      value={focus}
      checked={draft.focus === focus}
      onPick={() => edit({ ...draft, focus })}
      title={t(`plan.${focus}`)}
    >
      <span>{t(focus === 'display' ? 'plan.displayHint' : 'plan.conversationHint')}</span>
    </RadioCard>
  );
  return (
    <fieldset class="field">
      <legend>{t('plan.purpose')}</legend>
      <div class="options options-2">
        {card('display')}
        {card('conversation')}
      </div>
    </fieldset>
  );
}

/**
 * A problem with a field, said under it; hidden when there is none. Empty lines here and below
 * render nothing rather than '' (Preact rewrites an empty text node on every render).
 */
function FieldError({ id, text }: { id: string; text: string | null }) {
  return (
    <p class="field-error" id={id} role="alert" hidden={!text}>
      {text}
    </p>
  );
}

interface StaffProps extends FieldProps {
  bot: boolean;
  error: string | null;
  /** The pitchers' "more" button, where focus goes when the staff is the form's first problem. */
  moreRef: Ref<HTMLButtonElement>;
}

function StaffField({ view, draft, edit, bot, error, moreRef }: StaffProps) {
  const { t } = useUi();
  const slots = view.limits.slots[draft.booth];
  const total = draft.pitchers + draft.listeners;
  const stepper = (role: 'pitchers' | 'listeners', ref?: Ref<HTMLButtonElement>) => (
    <Stepper
      role={role}
      count={draft[role]}
      full={total >= slots}
      bot={bot}
      moreRef={ref}
      onStep={(step) => edit(withStaff(draft, role, step, view.limits))}
    />
  );
  return (
    <fieldset class="field" aria-describedby="plan-staff-total plan-staff-error">
      <legend>{t('plan.staff')}</legend>
      {stepper('pitchers', moreRef)}
      {stepper('listeners')}
      <p class="hint" id="plan-staff-total">
        {t('plan.staffTotal', { n: total, max: slots, team: view.limits.staff })}
      </p>
      <FieldError id="plan-staff-error" text={error} />
    </fieldset>
  );
}

interface StepperProps {
  role: 'pitchers' | 'listeners';
  count: number;
  /** Whether the booth's places are all taken. */
  full: boolean;
  bot: boolean;
  moreRef: Ref<HTMLButtonElement> | undefined;
  onStep(step: -1 | 1): void;
}

function Stepper({ role, count, full, bot, moreRef, onStep }: StepperProps) {
  const { t } = useUi();
  const label = t(`plan.${role}`);
  const named = { role: label.toLowerCase() };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group by role, as before; the steppers already sit in the staff's fieldset
    <div class="stepper" role="group" aria-labelledby={`plan-${role}-label`}>
      <div class="stepper-text">
        <span class="stepper-label" id={`plan-${role}-label`}>
          {label}
        </span>
        <span class="hint">{t(role === 'pitchers' ? 'plan.pitchersHint' : 'plan.listenersHint')}</span>
      </div>
      <div class="stepper-controls">
        <button
          class="btn btn-step"
          type="button"
          id={`plan-${role}-less`}
          aria-label={t('plan.fewer', named)}
          disabled={bot || count <= 0}
          onClick={() => onStep(-1)}
        >
          −
        </button>
        <span class="stepper-value" id={`plan-${role}-value`} aria-live="polite">
          {String(count)}
        </span>
        <button
          class="btn btn-step"
          type="button"
          id={`plan-${role}-more`}
          aria-label={t('plan.more', named)}
          disabled={bot || full}
          ref={moreRef}
          onClick={() => onStep(1)}
        >
          +
        </button>
      </div>
    </div>
  );
}

function InnovationField({ game, view, draft, edit }: FieldProps) {
  const { t, lang } = useUi();
  const L = game.level;
  const all = L.improvements.innovations[lang];
  const innovation = all[game.state.season] ?? all.at(-1) ?? '';
  const director = L.improvements.director[lang];
  const ready = view.innovationReady;
  return (
    <fieldset class="field">
      <legend>{t('plan.innovation')}</legend>
      <Check
        id="plan-innovation"
        label={t('plan.innovationShow', { innovation })}
        checked={draft.showInnovations}
        disabled={!ready}
        hint="plan-innovation-hint"
        onChange={(showInnovations) => edit({ ...draft, showInnovations })}
      />
      <p class="hint" id="plan-innovation-hint">
        {t(ready ? 'plan.innovationHint' : 'plan.innovationNone', { director })}
      </p>
    </fieldset>
  );
}

/** The story moment of levels with ceo.visit: invite the CEO to stand at the booth. */
function VisitField(props: { game: Game; draft: PlanDraft; keep(next: PlanDraft): void }) {
  const { t, lang } = useUi();
  const { draft, keep } = props;
  const visit = props.game.level.ceo.visit;
  if (!visit) return null;
  return (
    <fieldset class="field">
      <legend>{t('plan.visit')}</legend>
      <Check
        id="plan-visit"
        label={t('plan.visitInvite')}
        checked={draft.inviteCeo}
        hint="plan-visit-hint"
        onChange={(inviteCeo) => keep({ ...draft, inviteCeo })}
      />
      <p class="hint" id="plan-visit-hint">
        {visit.invite[lang]}
      </p>
    </fieldset>
  );
}

// ——— The promise ———

interface PromiseProps extends FieldProps {
  typed: Typed;
  errors: { target: string | null; cap: string | null };
  /** The fields, where focus goes when one is the form's first problem. */
  refs: { target: Ref<HTMLInputElement>; cap: Ref<HTMLInputElement> };
}

function PromiseField(props: PromiseProps) {
  const { t } = useUi();
  return (
    <fieldset class="field promise">
      <legend>{t('plan.promise')}</legend>
      <TargetPart {...props} />
      <CapPart {...props} />
    </fieldset>
  );
}

/** What the promise as typed would do, by the sim's own rule: its growth, and his patience. */
function promiseOf(game: Game, draft: PlanDraft) {
  const target = parseEuros(draft.target);
  const cap = parseEuros(draft.cap);
  const preview = promiseView(game, target === null ? null : target * 100, cap === null ? null : cap * 100);
  return { target, preview, growth: target === null ? 0 : preview.growth };
}

interface AmountProps {
  id: 'plan-target' | 'plan-cap';
  label: string;
  /** What the field shows. */
  text: string;
  invalid: boolean;
  inputRef: Ref<HTMLInputElement>;
  onType(text: string): void;
  onLeave(text: string): void;
}

/** An amount in whole euros: its label, then the field behind a € sign (help and error by id). */
function AmountInput({ id, label, text, invalid, inputRef, onType, onLeave }: AmountProps) {
  return (
    <>
      <label for={id} class="input-label">
        {label}
      </label>
      <div class="money-input">
        <span aria-hidden="true">€</span>
        <input
          type="text"
          inputMode="numeric"
          autocomplete="off"
          spellcheck={false}
          id={id}
          aria-describedby={`${id}-help ${id}-error`}
          aria-invalid={invalid}
          value={text}
          ref={inputRef}
          onInput={(e) => onType(e.currentTarget.value)}
          onChange={(e) => onLeave(e.currentTarget.value)}
        />
      </div>
    </>
  );
}

/** A quick choice under an amount. */
function Chip({ label, onPick }: { label: string; onPick(): void }) {
  return (
    <button class="btn btn-chip" type="button" onClick={onPick}>
      {label}
    </button>
  );
}

interface AmountFieldProps extends PromiseProps {
  field: keyof Typed;
  label: string;
  help: string;
  /** The line under the quick choices: what the amount as typed means (null: nothing typed). */
  figure: { id: string; text: string | null };
  /** The quick choices. */
  children: ComponentChildren;
}

/** One amount of the promise: the field, its help, its quick choices, what it means, its error. */
function AmountField(p: AmountFieldProps) {
  const { lang } = useUi();
  const { field, draft, errors } = p;
  const id = `plan-${field}` as const;
  return (
    <>
      <AmountInput
        id={id}
        label={p.label}
        text={p.typed[field]}
        invalid={errors[field] !== null}
        inputRef={p.refs[field]}
        onType={(text) => p.edit({ ...draft, [field]: text }, { [field]: text })}
        onLeave={(text) => p.show({ [field]: grouped(text, lang) })}
      />
      <p class="hint" id={`${id}-help`}>
        {p.help}
      </p>
      <div class="chips-row">{p.children}</div>
      <p class="figure-line" id={p.figure.id}>
        {p.figure.text}
      </p>
      <FieldError id={`${id}-error`} text={errors[field]} />
    </>
  );
}

function TargetPart(props: PromiseProps) {
  const { game, view, draft, edit } = props;
  const { t, lang } = useUi();
  const { minTarget, baseline } = view.limits;
  const minGrowth = game.level.ceo.minGrowth;
  const setTarget = (cents: number) => {
    const target = String(roundUpThousand(Math.max(cents, minTarget)));
    edit({ ...draft, target }, { target: grouped(target, lang) });
  };
  const { target, growth } = promiseOf(game, draft);
  const help = {
    min: money(minTarget, lang),
    growth: percent(minGrowth, lang),
    baseline: money(baseline, lang),
  };
  const figure = target === null ? null : t('plan.growth', { growth: percent(growth, lang) });
  return (
    <AmountField
      {...props}
      field="target"
      label={t('plan.target')}
      help={t('plan.targetHelp', help)}
      figure={{ id: 'plan-growth', text: figure }}
    >
      <Chip label={t('plan.targetMin')} onPick={() => setTarget(minTarget)} />
      {[0.05, 0.1, 0.2]
        .filter((g) => g > minGrowth)
        .map((g) => (
          <Chip
            key={g}
            label={t('plan.targetPlus', { p: percent(g, lang) })}
            onPick={() => setTarget(Math.ceil(baseline * (1 + g)))}
          />
        ))}
    </AmountField>
  );
}

/** The quick caps: room for none, a third, two thirds or all the proposals the team could use. */
function quickRooms(level: Level): number[] {
  const useful = usefulProposals(level);
  return Array.from(new Set([0, Math.round(useful / 3), Math.round((2 * useful) / 3), useful]));
}

function CapPart(props: PromiseProps) {
  const { game, view, draft, edit } = props;
  const { t, lang } = useUi();
  const planned = view.limits.plannedCost[draft.booth];
  const proposalCost = game.level.model.proposalCost;
  const setRoom = (n: number) => {
    const cap = String(capForRoom(planned, n, proposalCost));
    edit({ ...draft, cap }, { cap: grouped(cap, lang) });
  };
  const cap = parseEuros(draft.cap);
  const room = cap === null ? 0 : proposalRoom(cap * 100, planned, proposalCost);
  const help = { planned: money(planned, lang), proposal: money(proposalCost, lang) };
  const figure =
    cap === null ? null : room > 0 ? t('plan.capRoom', { n: number(room, lang) }) : t('plan.capRoomNone');
  return (
    <AmountField
      {...props}
      field="cap"
      label={t('plan.cap')}
      help={t('plan.capHelp', help)}
      figure={{ id: 'plan-room', text: figure }}
    >
      {quickRooms(game.level).map((n) => (
        <Chip key={n} label={t('plan.capQuick', { n })} onPick={() => setRoom(n)} />
      ))}
    </AmountField>
  );
}

// ——— What the CEO will think, and the submit ———

function CeoPreview({ game, draft }: { game: Game; draft: PlanDraft }) {
  const { t, lang } = useUi();
  const L = game.level;
  const ceo = L.ceo.name[lang];
  const ref = useRef<HTMLElement>(null);
  // The portrait is an SVG built by portraits.ts, first in the preview's row beside Preact's
  // own block (DomNodes would wrap it in an element of its own, and change the layout).
  useLayoutEffect(() => {
    const portrait = ceoPortrait(ceo);
    ref.current?.prepend(portrait);
    return () => portrait.remove();
  }, [ceo]);
  const { preview, growth } = promiseOf(game, draft);
  const patience = { now: number(preview.now, lang), after: number(preview.after, lang) };
  return (
    <section class="ceo-preview" aria-labelledby="plan-ceo-title" ref={ref}>
      <div>
        <h3 id="plan-ceo-title">{t('plan.ceoThinks')}</h3>
        <p class="ceo-says" id="plan-ambition" aria-live="polite">
          {t(AMBITION_KEY[ambitionOf(growth, L.ceo.minGrowth)])}
        </p>
        <p class="hint" id="plan-patience">
          {t('plan.patienceNow', patience)}
        </p>
      </div>
    </section>
  );
}

function SubmitRow({ bot, held, summary }: { bot: boolean; held: number; summary: string }) {
  const { t } = useUi();
  return (
    <div class="plan-submit">
      <p class="room-hold" role="status">
        {held > 0 ? t('room.hold.waiting', { n: held }) : null}
      </p>
      <div class="form-error" role="alert" id="plan-summary">
        {summary || null}
      </div>
      <button class="btn btn-primary btn-big" type="submit" disabled={bot || held > 0}>
        {t('plan.submit')}
      </button>
    </div>
  );
}
