// The weeks-after panel's follow-up rule: which leads get a proposal each week and how many,
// and "Play the weeks", after which the weeks play themselves (the store's weeksRule) until
// the season's end, the player's Stop, or a moment worth a decision (a notice says which).
// Nothing shows while a bot plays or after a firing. The form is built afresh whenever the
// rule starts or stops, a bot takes over or the CEO fires us, from the store's last rule.
import { render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Game } from '../sim';
import type { SessionState } from '../store/session';
import { defaultRule, type WeeksRule as Rule, type RuleLeads } from '../store/weeks-rule';
import type { Part, Ui } from './context';
import { h } from './dom';
import { UiContext, useUi } from './ui-context';

const LEADS: RuleLeads[] = ['warm', 'good', 'all'];

interface WeeksRuleProps {
  game: Game;
  /** The rule playing the weeks, or null. */
  running: Rule | null;
  /** The rule last played (the store's ruleDraft), which the form starts from. */
  last: Rule | null;
  /** A bot plays: read from the state on every render. */
  bot: boolean;
}

const propsOf = (st: SessionState, game: Game): WeeksRuleProps => ({
  game,
  running: st.weeksRule,
  last: st.ruleDraft,
  bot: st.bot !== null,
});

/** The rule panel filled into `el`: its own section, or one a Preact tree renders empty. */
export function createWeeksRule(ui: Ui, el: HTMLElement = ruleBox()): Part {
  const update = (st: SessionState) => {
    if (!st.game) return;
    render(
      <UiContext.Provider value={ui}>
        <RuleBody {...propsOf(st, st.game)} />
      </UiContext.Provider>,
      el,
    );
  };
  update(ui.store.getState());
  return { el, update, destroy: () => render(null, el) };
}

function ruleBox(): HTMLElement {
  return h('section', { class: 'rule-box', 'aria-labelledby': 'rule-title', 'data-rule': '' });
}

export function WeeksRule({ st, game }: { st: SessionState; game: Game }) {
  return (
    <section class="rule-box" aria-labelledby="rule-title" data-rule="">
      <RuleBody {...propsOf(st, game)} />
    </section>
  );
}

function RuleBody({ game, running, last, bot }: WeeksRuleProps) {
  if (bot || game.state.fired) return null;
  // A new key builds the panel afresh, as when the rule starts or stops.
  return running ? <Running key="on" rule={running} /> : <RuleForm key="off" game={game} last={last} />;
}

function Title() {
  const { t } = useUi();
  return (
    <h3 id="rule-title" class="section-title">
      {t('rule.title')}
    </h3>
  );
}

function Running({ rule }: { rule: Rule }) {
  const { t, store } = useUi();
  const stop = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => stop.current?.focus({ preventScroll: true }), []);
  return (
    <>
      <Title />
      <p role="status">{t('rule.running', { leads: t(`rule.leads.${rule.leads}`), n: rule.perWeek })}</p>
      <button
        class="btn"
        type="button"
        data-rule-stop=""
        ref={stop}
        onClick={() => store.getState().stopWeeks()}
      >
        {t('rule.stop')}
      </button>
    </>
  );
}

function RuleForm({ game, last }: { game: Game; last: Rule | null }) {
  const { t, store } = useUi();
  const max = game.level.team.followUpsPerWeek;
  // The choices live here until "Play the weeks", as the selects show them; nothing redraws.
  const draft = useRef<Rule | null>(null);
  if (!draft.current) {
    const d = { ...(last ?? defaultRule(game)) };
    d.perWeek = Math.min(d.perWeek, max);
    draft.current = d;
  }
  const d = draft.current;
  return (
    <>
      <Title />
      <p class="hint">{t('rule.explain')}</p>
      <div class="rule-fields">
        <label for="rule-leads" class="input-label">
          {t('rule.which')}
        </label>
        <Select
          id="rule-leads"
          options={LEADS.map((l) => [l, t(`rule.leads.${l}`)])}
          value={d.leads}
          onChange={(v) => {
            d.leads = v as RuleLeads;
          }}
        />
        <label for="rule-per-week" class="input-label">
          {t('rule.perWeek')}
        </label>
        <Select
          id="rule-per-week"
          options={Array.from({ length: max + 1 }, (_, n) => [String(n), String(n)])}
          value={String(d.perWeek)}
          onChange={(v) => {
            d.perWeek = Number(v);
          }}
        />
      </div>
      <button
        class="btn btn-primary"
        type="button"
        data-rule-play=""
        onClick={() => store.getState().playWeeks({ ...d })}
      >
        {t('rule.play')}
      </button>
    </>
  );
}

interface SelectProps {
  id: string;
  options: [string, string][];
  /** The option chosen when the form was built (its `selected` attribute). */
  value: string;
  onChange(value: string): void;
}

/** Marks an option chosen after Preact has set its value, so `value` comes first as before. */
const chosen = (o: HTMLOptionElement | null) => o?.setAttribute('selected', '');

function Select({ id, options, value, onChange }: SelectProps) {
  return (
    <select id={id} class="rule-select" onChange={(e) => onChange(e.currentTarget.value)}>
      {options.map(([v, label]) => (
        <option key={v} value={v} ref={v === value ? chosen : undefined}>
          {label}
        </option>
      ))}
    </select>
  );
}
