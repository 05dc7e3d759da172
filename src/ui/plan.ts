// The plan screen (phase 'plan'): booth size, what the booth is for, pitchers and listeners,
// the marketing director's innovation, and the promise to the CEO (revenue target and cost
// cap), with a preview of what the CEO will think. Validated as the player types; the plan
// goes to the sim as one command, and any refusal is said in words.
import type { Key } from '../i18n';
import { money, number, percent } from '../i18n/format';
import type { BoothSizeName, Level } from '../levels/schema';
import { heldSeason, type SessionState } from '../store/session';
import { BOOTHS } from '../view';
import { planView, promiseView } from '../view/plan';
import type { Part, Ui } from './context';
import { fill, h, setAttr, setText } from './dom';
import {
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
} from './plan-model';
import { ceoPortrait } from './portraits';
import { ambitionOf } from './text';
import { createTips } from './tips';

const AMBITION_KEY = {
  timid: 'plan.ambitionTimid',
  modest: 'plan.ambitionModest',
  solid: 'plan.ambitionSolid',
  bold: 'plan.ambitionBold',
  reckless: 'plan.ambitionReckless',
} as const;

/** The story moment of levels with ceo.visit: invite the CEO to stand at the booth. */
function visitField(ui: Ui, L: Level, draft: PlanDraft): HTMLElement | null {
  const visit = L.ceo.visit;
  if (!visit) return null;
  const box = h('input', {
    type: 'checkbox',
    id: 'plan-visit',
    checked: draft.inviteCeo,
    'aria-describedby': 'plan-visit-hint',
    onChange: (e: Event) => {
      draft.inviteCeo = (e.target as HTMLInputElement).checked;
    },
  });
  return h(
    'fieldset',
    { class: 'field' },
    h('legend', null, ui.t('plan.visit')),
    h('label', { class: 'check', for: 'plan-visit' }, box, h('span', null, ui.t('plan.visitInvite'))),
    h('p', { class: 'hint', id: 'plan-visit-hint' }, visit.invite[ui.lang]),
  );
}

export function createPlan(ui: Ui): Part {
  const { t, lang, store } = ui;
  const st = store.getState();
  const game = st.game;
  if (!game) return { el: h('main', { class: 'screen' }) };
  const L = game.level;
  const s = game.state;
  const view = planView(game);
  const limits = view.limits;
  const key = draftKey(L.id, s.seed, s.season);
  const draft: PlanDraft = recallDraft(key) ?? defaultDraft(L, limits, view.previous);
  // Nothing new to show when the review built something else: the box stays off.
  const ready = view.innovationReady;
  if (!ready) draft.showInnovations = false;
  rememberDraft(key, draft);
  const bot = st.bot !== null;
  const innovation =
    L.improvements.innovations[lang][s.season] ?? L.improvements.innovations[lang].at(-1) ?? '';
  const director = L.improvements.director[lang];
  const ceo = L.ceo.name[lang];
  const proposalCost = L.model.proposalCost;

  /** An amount as the player's language groups it (978,500 / 978.500); anything else as typed. */
  const shown = (text: string): string => {
    const n = parseEuros(text);
    return n === null ? text : number(n, lang);
  };

  const problemText = (p: Problem): string => {
    if (p.key === 'plan.errTargetLow') return t(p.key, { min: money(limits.minTarget, lang) });
    if (p.key === 'plan.errCapLow')
      return t(p.key, { planned: money(limits.plannedCost[draft.booth], lang) });
    return t(p.key as Key, p.vars);
  };

  // Booth cards.
  const pullWord = (pull: number) =>
    pull < 0.7 ? t('plan.pullLow') : pull < 1.2 ? t('plan.pullMid') : t('plan.pullHigh');
  const boothCards = BOOTHS.map((b: BoothSizeName) => {
    const spec = L.fair.booths[b];
    const id = `plan-booth-${b}`;
    return h(
      'label',
      { class: 'option-card', for: id },
      h('input', {
        type: 'radio',
        name: 'plan-booth',
        id,
        value: b,
        checked: draft.booth === b,
        onChange: () => {
          draft.booth = b;
          const slots = limits.slots[b];
          const total = draft.pitchers + draft.listeners;
          if (total > slots) {
            draft.pitchers = Math.max(0, draft.pitchers - (total - slots));
            draft.listeners = Math.min(draft.listeners, slots - draft.pitchers);
          }
          const cap = parseEuros(draft.cap);
          if (cap !== null && cap * 100 < limits.plannedCost[b]) {
            draft.cap = String(capForRoom(limits.plannedCost[b], 10, proposalCost));
            capInput.value = shown(draft.cap);
          }
          refresh();
        },
      }),
      h(
        'span',
        { class: 'option-body' },
        h(
          'span',
          { class: 'option-title' },
          t(`plan.${b}`),
          h('span', { class: 'option-cost' }, t('plan.boothCost', { cost: money(spec.cost, lang) })),
        ),
        h('span', null, t('plan.boothPull', { pull: pullWord(spec.pull) })),
        h('span', null, t('plan.boothSlots', { n: limits.slots[b] })),
      ),
    );
  });

  const focusCard = (focus: 'display' | 'conversation') => {
    const id = `plan-focus-${focus}`;
    return h(
      'label',
      { class: 'option-card', for: id },
      h('input', {
        type: 'radio',
        name: 'plan-focus',
        id,
        value: focus,
        checked: draft.focus === focus,
        onChange: () => {
          draft.focus = focus;
          refresh();
        },
      }),
      h(
        'span',
        { class: 'option-body' },
        h('span', { class: 'option-title' }, t(`plan.${focus}`)),
        h('span', null, t(focus === 'display' ? 'plan.displayHint' : 'plan.conversationHint')),
      ),
    );
  };

  // Staff steppers.
  const stepper = (role: 'pitchers' | 'listeners') => {
    const label = t(`plan.${role}`);
    const value = h('span', { class: 'stepper-value', id: `plan-${role}-value`, 'aria-live': 'polite' });
    const less = h(
      'button',
      {
        class: 'btn btn-step',
        type: 'button',
        id: `plan-${role}-less`,
        'aria-label': t('plan.fewer', { role: label.toLowerCase() }),
        onClick: () => {
          if (draft[role] > 0) draft[role] -= 1;
          refresh();
        },
      },
      '−',
    );
    const more = h(
      'button',
      {
        class: 'btn btn-step',
        type: 'button',
        id: `plan-${role}-more`,
        'aria-label': t('plan.more', { role: label.toLowerCase() }),
        onClick: () => {
          if (draft.pitchers + draft.listeners < limits.slots[draft.booth]) draft[role] += 1;
          refresh();
        },
      },
      '+',
    );
    const el = h(
      'div',
      { class: 'stepper', role: 'group', 'aria-labelledby': `plan-${role}-label` },
      h(
        'div',
        { class: 'stepper-text' },
        h('span', { class: 'stepper-label', id: `plan-${role}-label` }, label),
        h('span', { class: 'hint' }, t(role === 'pitchers' ? 'plan.pitchersHint' : 'plan.listenersHint')),
      ),
      h('div', { class: 'stepper-controls' }, less, value, more),
    );
    return { el, value, less, more, role };
  };
  const steppers = [stepper('pitchers'), stepper('listeners')];
  const staffTotal = h('p', { class: 'hint', id: 'plan-staff-total' });
  const staffError = h('p', { class: 'field-error', id: 'plan-staff-error', role: 'alert' });

  // Innovation.
  const innovationBox = h('input', {
    type: 'checkbox',
    id: 'plan-innovation',
    checked: draft.showInnovations,
    disabled: !ready,
    'aria-describedby': 'plan-innovation-hint',
    onChange: (e: Event) => {
      draft.showInnovations = (e.target as HTMLInputElement).checked;
      refresh();
    },
  });

  // The promise.
  const amountInput = (id: string, value: string, onInput: (v: string) => void) =>
    h('input', {
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      spellcheck: 'false',
      id,
      value: shown(value),
      'aria-describedby': `${id}-help ${id}-error`,
      onInput: (e: Event) => {
        onInput((e.target as HTMLInputElement).value);
        refresh();
      },
      onChange: (e: Event) => {
        const input = e.target as HTMLInputElement;
        input.value = shown(input.value);
      },
    });
  const targetInput = amountInput('plan-target', draft.target, (v) => {
    draft.target = v;
  });
  const capInput = amountInput('plan-cap', draft.cap, (v) => {
    draft.cap = v;
  });
  const growthLine = h('p', { class: 'figure-line', id: 'plan-growth' });
  const roomLine = h('p', { class: 'figure-line', id: 'plan-room' });
  const targetError = h('p', { class: 'field-error', id: 'plan-target-error', role: 'alert' });
  const capError = h('p', { class: 'field-error', id: 'plan-cap-error', role: 'alert' });
  const quick = (label: string, onPick: () => void, aria?: string) =>
    h(
      'button',
      { class: 'btn btn-chip', type: 'button', 'aria-label': aria ?? null, onClick: onPick },
      label,
    );
  const setTarget = (cents: number) => {
    draft.target = String(roundUpThousand(Math.max(cents, limits.minTarget)));
    targetInput.value = shown(draft.target);
    refresh();
  };
  const setRoom = (n: number) => {
    draft.cap = String(capForRoom(limits.plannedCost[draft.booth], n, proposalCost));
    capInput.value = shown(draft.cap);
    refresh();
  };
  const useful = usefulProposals(L);
  const rooms = Array.from(new Set([0, Math.round(useful / 3), Math.round((2 * useful) / 3), useful]));

  const ambitionText = h('p', { class: 'ceo-says', id: 'plan-ambition', 'aria-live': 'polite' });
  const patienceLine = h('p', { class: 'hint', id: 'plan-patience' });
  const summary = h('div', { class: 'form-error', role: 'alert', id: 'plan-summary' });
  const submit = h('button', { class: 'btn btn-primary btn-big', type: 'submit' }, t('plan.submit'));
  const holdLine = h('p', { class: 'room-hold', role: 'status' });
  let held = -1;
  const showHold = (next: SessionState) => {
    const season = heldSeason(next.room, next.game);
    if (season === held) return;
    held = season;
    fill(holdLine, season > 0 ? t('room.hold.waiting', { n: season }) : '');
    (submit as HTMLButtonElement).disabled = bot || season > 0;
  };

  const fieldset = h(
    'fieldset',
    { class: 'plan-fields', disabled: bot },
    h(
      'div',
      { class: 'plan-grid' },
      h(
        'div',
        { class: 'plan-col' },
        h(
          'fieldset',
          { class: 'field' },
          h('legend', null, t('plan.booth')),
          h('div', { class: 'options options-3' }, boothCards),
        ),
        h(
          'fieldset',
          { class: 'field' },
          h('legend', null, t('plan.purpose')),
          h('div', { class: 'options options-2' }, focusCard('display'), focusCard('conversation')),
        ),
        h(
          'fieldset',
          { class: 'field', 'aria-describedby': 'plan-staff-total plan-staff-error' },
          h('legend', null, t('plan.staff')),
          steppers.map((x) => x.el),
          staffTotal,
          staffError,
        ),
        h(
          'fieldset',
          { class: 'field' },
          h('legend', null, t('plan.innovation')),
          h(
            'label',
            { class: 'check', for: 'plan-innovation' },
            innovationBox,
            h('span', null, t('plan.innovationShow', { innovation })),
          ),
          h(
            'p',
            { class: 'hint', id: 'plan-innovation-hint' },
            t(ready ? 'plan.innovationHint' : 'plan.innovationNone', { director }),
          ),
        ),
        visitField(ui, L, draft),
      ),
      h(
        'div',
        { class: 'plan-col' },
        h(
          'fieldset',
          { class: 'field promise' },
          h('legend', null, t('plan.promise')),
          h('label', { for: 'plan-target', class: 'input-label' }, t('plan.target')),
          h('div', { class: 'money-input' }, h('span', { 'aria-hidden': 'true' }, '€'), targetInput),
          h(
            'p',
            { class: 'hint', id: 'plan-target-help' },
            t('plan.targetHelp', {
              min: money(limits.minTarget, lang),
              growth: percent(L.ceo.minGrowth, lang),
              baseline: money(limits.baseline, lang),
            }),
          ),
          h(
            'div',
            { class: 'chips-row' },
            quick(t('plan.targetMin'), () => setTarget(limits.minTarget)),
            [0.05, 0.1, 0.2]
              .filter((g) => g > L.ceo.minGrowth)
              .map((g) =>
                quick(t('plan.targetPlus', { p: percent(g, lang) }), () =>
                  setTarget(Math.ceil(limits.baseline * (1 + g))),
                ),
              ),
          ),
          growthLine,
          targetError,
          h('label', { for: 'plan-cap', class: 'input-label' }, t('plan.cap')),
          h('div', { class: 'money-input' }, h('span', { 'aria-hidden': 'true' }, '€'), capInput),
          h('p', { class: 'hint', id: 'plan-cap-help' }),
          h(
            'div',
            { class: 'chips-row' },
            rooms.map((n) => quick(t('plan.capQuick', { n }), () => setRoom(n))),
          ),
          roomLine,
          capError,
        ),
        h(
          'section',
          { class: 'ceo-preview', 'aria-labelledby': 'plan-ceo-title' },
          ceoPortrait(ceo),
          h('div', null, h('h3', { id: 'plan-ceo-title' }, t('plan.ceoThinks')), ambitionText, patienceLine),
        ),
      ),
    ),
    h('div', { class: 'plan-submit' }, holdLine, summary, submit),
  );

  const form = h(
    'form',
    {
      class: 'plan-form',
      novalidate: true,
      onSubmit: (e: Event) => {
        e.preventDefault();
        const checked = checkDraft(draft, limits);
        if (!checked.command) {
          const first = checked.problems[0];
          setText(summary, first ? t('plan.checkForm', { problem: problemText(first) }) : '');
          const field =
            first?.field === 'staff' ? steppers[0]?.more : first?.field === 'target' ? targetInput : capInput;
          field?.focus();
          return;
        }
        const res = store.getState().dispatch(checked.command);
        if (!res.ok) setText(summary, t(`error.${res.error}`));
      },
    },
    fieldset,
  );

  const refresh = () => {
    rememberDraft(key, draft);
    const slots = limits.slots[draft.booth];
    const total = draft.pitchers + draft.listeners;
    for (const sp of steppers) {
      setText(sp.value, String(draft[sp.role]));
      sp.less.disabled = bot || draft[sp.role] <= 0;
      sp.more.disabled = bot || total >= slots;
    }
    setText(staffTotal, t('plan.staffTotal', { n: total, max: slots, team: limits.staff }));
    const checked = checkDraft(draft, limits);
    const byField = (f: Problem['field']) => checked.problems.find((p) => p.field === f);
    const show = (elem: HTMLElement, input: HTMLElement | null, p: Problem | undefined) => {
      setText(elem, p ? problemText(p) : '');
      elem.hidden = !p;
      if (input) setAttr(input, 'aria-invalid', String(Boolean(p)));
    };
    show(staffError, null, byField('staff'));
    show(targetError, targetInput, byField('target'));
    show(capError, capInput, byField('cap'));
    const target = parseEuros(draft.target);
    const cap = parseEuros(draft.cap);
    // The sim's own rule: the promise's growth and the cap against his budget.
    const preview = promiseView(game, target === null ? null : target * 100, cap === null ? null : cap * 100);
    const growth = target === null ? 0 : preview.growth;
    setText(growthLine, target === null ? '' : t('plan.growth', { growth: percent(growth, lang) }));
    const help = form.querySelector('#plan-cap-help');
    if (help)
      setText(
        help,
        t('plan.capHelp', {
          planned: money(limits.plannedCost[draft.booth], lang),
          proposal: money(proposalCost, lang),
        }),
      );
    const room = cap === null ? 0 : proposalRoom(cap * 100, limits.plannedCost[draft.booth], proposalCost);
    setText(
      roomLine,
      cap === null ? '' : room > 0 ? t('plan.capRoom', { n: number(room, lang) }) : t('plan.capRoomNone'),
    );
    const ambition = ambitionOf(growth, L.ceo.minGrowth);
    setText(ambitionText, t(AMBITION_KEY[ambition]));
    setText(
      patienceLine,
      t('plan.patienceNow', { now: number(preview.now, lang), after: number(preview.after, lang) }),
    );
    if (!checked.problems.length) setText(summary, '');
  };

  const el = h(
    'main',
    { class: 'screen sheet-screen plan-screen' },
    h(
      'div',
      { class: 'sheet plan-sheet' },
      h(
        'header',
        { class: 'sheet-head' },
        h('p', { class: 'eyebrow' }, t('common.season', { n: s.season + 1, total: L.seasons })),
        h('h1', { class: 'screen-title', tabindex: -1 }, t('plan.title', { n: s.season + 1 })),
        h('p', null, t('plan.intro'), ' ', t('plan.lastSeason', { revenue: money(limits.baseline, lang) })),
        bot ? h('p', { class: 'bot-note', role: 'status' }, t('bot.planning')) : null,
      ),
      createTips(ui, L, 'plan'),
      form,
    ),
  );
  refresh();
  showHold(st);
  let shownError = st.lastError;
  return {
    el,
    update(next) {
      showHold(next);
      if (next.lastError !== shownError) {
        shownError = next.lastError;
        if (next.lastError) fill(summary, t(`error.${next.lastError}`));
      }
    },
  };
}
