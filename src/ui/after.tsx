// The weeks after the fair (phase 'after'): the HUD with revenue against the promise, the CEO's
// street card, a panel with the week's actions (next week, skip to the review — asking first
// while leads are still open), a follow-up rule that plays the weeks (weeks-rule-panel.tsx),
// our leads with "Send a proposal" (after-leads.tsx), and the week's card: the orders arriving
// with where they came from, the news, and a week-by-week chart of our revenue beside the
// competitors' (after-week.tsx). If the CEO fired the player, it says so plainly. All of it is
// one Preact tree that createAfter renders again when something it shows has changed.
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Game } from '../sim';
import type { SessionState } from '../store/session';
import { leadGroups, skipLeavesLeads } from '../view/after';
import { Leads, type OnError } from './after-leads';
import { WeekCard } from './after-week';
import { CeoStreet } from './ceo-street';
import type { Part, Ui } from './context';
import { h } from './dom';
import { Hud } from './hud';
import { ceoLine } from './text';
import { Tips } from './tips';
import { UiContext, useUi } from './ui-context';
import { WeeksRule } from './weeks-rule-panel';

export function createAfter(ui: Ui): Part {
  const st0 = ui.store.getState();
  if (!st0.game) return { el: h('div') };
  const el = h('div', { class: 'phase phase-after' });
  let drawn: { game: Game; key: string } | null = null;
  const update = (st: SessionState) => {
    const game = st.game;
    // The store changes every frame while the rule or a bot plays the weeks; the screen is drawn
    // again only when something it shows has changed (the HUD and the street card show the game).
    if (!game || (drawn?.game === game && drawn.key === panelKey(st))) return;
    drawn = { game, key: panelKey(st) };
    render(
      <UiContext.Provider value={ui}>
        <Hud mode="after" st={st} />
        <CeoStreet game={game} />
        <After st={st} game={game} />
      </UiContext.Provider>,
      el,
    );
  };
  update(st0);
  return { el, update, destroy: () => render(null, el) };
}

/**
 * What the panel is drawn from besides the game's state (whose revision counts every change):
 * whether a bot plays, and whether the follow-up rule does.
 */
export function panelKey(st: Pick<SessionState, 'game' | 'bot' | 'weeksRule'>): string {
  return `${st.game?.revision ?? -1}|${st.bot ? 1 : 0}|${st.weeksRule ? 1 : 0}`;
}

/** The week and whether we are fired: a refusal's words stand until either changes. */
const weekStamp = (game: Game) => `${game.state.week}|${game.state.fired ? 1 : 0}`;

interface AfterProps {
  st: SessionState;
  game: Game;
}

function After({ st, game }: AfterProps) {
  const { t } = useUi();
  const [error, setError] = useState<{ text: string; at: string } | null>(null);
  const onError: OnError = (text) => setError(text ? { text, at: weekStamp(game) } : null);
  const bot = st.bot !== null;
  return (
    <aside class="panel after-panel" aria-labelledby="after-title">
      <h2 id="after-title" class="panel-title" tabIndex={-1}>
        {t('after.title')}
      </h2>
      <Actions game={game} bot={bot} ruling={st.weeksRule !== null} onError={onError} />
      <WeeksRule st={st} game={game} />
      <p class="form-error" role="alert">
        {error?.at === weekStamp(game) ? error.text : null}
      </p>
      <Fired game={game} />
      <Tips level={game.level} phase="after" />
      <Leads game={game} bot={bot} onError={onError} />
      <WeekCard game={game} />
    </aside>
  );
}

// ——— Next week, or skip to the review ———

interface ActionsProps {
  game: Game;
  bot: boolean;
  /** The follow-up rule is playing the weeks. */
  ruling: boolean;
  onError: OnError;
}

function Actions({ game, bot, ruling, onError }: ActionsProps) {
  const { t, store } = useUi();
  const [asking, setAsking] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // Opening the question focuses its "yes", closing it focuses "Next week".
  const refocus = useRef(false);
  useLayoutEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    box.current?.querySelector<HTMLElement>('.btn-primary')?.focus();
  });
  const ask = (on: boolean) => {
    refocus.current = true;
    setAsking(on);
  };
  const advance = (steps: number) => {
    const res = store.getState().dispatch({ type: 'advance', steps });
    if (!res.ok) onError(t(`error.${res.error}`));
  };
  const toReview = () => advance(game.level.weeksAfter - game.state.week);
  const skip = () => (skipLeavesLeads(game) ? ask(true) : toReview());
  const yes = () => {
    setAsking(false);
    toReview();
  };
  return (
    <div class="after-actions" ref={box}>
      {asking ? (
        <SkipAsk open={leadGroups(game).open.length} onYes={yes} onNo={() => ask(false)} />
      ) : (
        <>
          <button
            class="btn btn-primary"
            type="button"
            disabled={bot || ruling}
            data-action="next-week"
            onClick={() => advance(1)}
          >
            {t('after.next')}
          </button>
          <button class="btn" type="button" disabled={bot} onClick={skip}>
            {t('after.skip')}
          </button>
        </>
      )}
    </div>
  );
}

interface SkipAskProps {
  /** Open leads left behind. */
  open: number;
  onYes(): void;
  onNo(): void;
}

function SkipAsk({ open, onYes, onNo }: SkipAskProps) {
  const { t } = useUi();
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="after-skip-question">
      <p id="after-skip-question">{t('after.skipAsk', { n: open })}</p>
      <div class="row">
        <button class="btn btn-primary" type="button" onClick={onYes}>
          {t('after.skipYes')}
        </button>
        <button class="btn" type="button" onClick={onNo}>
          {t('after.skipNo')}
        </button>
      </div>
    </div>
  );
}

// ——— A firing ———

function Fired({ game }: { game: Game }) {
  const { t, lang } = useUi();
  const L = game.level;
  const fired = Boolean(game.state.fired);
  return (
    <div class="fired" role="alert" hidden={!fired}>
      {fired ? <h3>{t('after.firedTitle')}</h3> : null}
      {fired ? (
        <p>{t('after.firedBody', { ceo: L.ceo.name[lang], line: ceoLine(L, 'fired', 0, lang) })}</p>
      ) : null}
    </div>
  );
}
