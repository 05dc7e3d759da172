// The weeks-after panel's follow-up rule: which leads get a proposal each week and how many,
// and "Play the weeks", after which the weeks play themselves (the store's weeksRule) until
// the season's end, the player's Stop, or a moment worth a decision (a notice says which).
import type { SessionState } from '../store/session';
import { defaultRule, type RuleLeads, type WeeksRule } from '../store/weeks-rule';
import type { Part, Ui } from './context';
import { fill, h } from './dom';

const LEADS: RuleLeads[] = ['warm', 'good', 'all'];

function select(id: string, options: [string, string][], value: string, onChange: (v: string) => void) {
  return h(
    'select',
    {
      id,
      class: 'rule-select',
      onChange: (e: Event) => onChange((e.target as HTMLSelectElement).value),
    },
    options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)),
  );
}

/** The panel's element, when nobody hands one in. */
function ruleBox(): HTMLElement {
  return h('section', { class: 'rule-box', 'aria-labelledby': 'rule-title', 'data-rule': '' });
}

/**
 * The rule panel, filled into `el`: its own section, or one alike that a Preact tree renders
 * without children (the weeks after, src/ui/after.tsx) and leaves to this part.
 */
export function createWeeksRule(ui: Ui, el: HTMLElement = ruleBox()): Part {
  const { t, store } = ui;
  let shown = '';
  const render = (st: SessionState) => {
    const g = st.game;
    const running = st.weeksRule;
    const key = `${running ? 'on' : 'off'}|${g?.state.fired ? 1 : 0}|${st.bot ? 1 : 0}`;
    if (!g || key === shown) return;
    shown = key;
    const draft: WeeksRule = { ...(st.ruleDraft ?? defaultRule(g)) };
    const max = g.level.team.followUpsPerWeek;
    draft.perWeek = Math.min(draft.perWeek, max);
    const title = h('h3', { id: 'rule-title', class: 'section-title' }, t('rule.title'));
    if (st.bot || g.state.fired) return void fill(el);
    if (running) {
      fill(
        el,
        title,
        h(
          'p',
          { role: 'status' },
          t('rule.running', { leads: t(`rule.leads.${running.leads}`), n: running.perWeek }),
        ),
        h(
          'button',
          { class: 'btn', type: 'button', 'data-rule-stop': '', onClick: () => store.getState().stopWeeks() },
          t('rule.stop'),
        ),
      );
      el.querySelector<HTMLElement>('[data-rule-stop]')?.focus({ preventScroll: true });
      return;
    }
    fill(
      el,
      title,
      h('p', { class: 'hint' }, t('rule.explain')),
      h(
        'div',
        { class: 'rule-fields' },
        h('label', { for: 'rule-leads', class: 'input-label' }, t('rule.which')),
        select(
          'rule-leads',
          LEADS.map((l) => [l, t(`rule.leads.${l}`)]),
          draft.leads,
          (v) => {
            draft.leads = v as RuleLeads;
          },
        ),
        h('label', { for: 'rule-per-week', class: 'input-label' }, t('rule.perWeek')),
        select(
          'rule-per-week',
          Array.from({ length: max + 1 }, (_, n) => [String(n), String(n)]),
          String(draft.perWeek),
          (v) => {
            draft.perWeek = Number(v);
          },
        ),
      ),
      h(
        'button',
        {
          class: 'btn btn-primary',
          type: 'button',
          'data-rule-play': '',
          onClick: () => store.getState().playWeeks({ ...draft }),
        },
        t('rule.play'),
      ),
    );
  };
  render(store.getState());
  return { el, update: render };
}
