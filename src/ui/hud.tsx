// The HUD strip at the top of the play screen. During the fair: season, day and the hall's
// clock, what each booth signed today, the CEO's patience, the team's mood, pause and speed.
// In the weeks after: the week, revenue against the promise, spending against the cap and
// the season's profit so far (the game's score). `Hud` is the component; createHud and
// salesChips keep the fair's parts (src/ui/fair.ts), rendering again on every update.
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { clock, money, moneyShort } from '../i18n/format';
import type { Game } from '../sim';
import type { SessionState } from '../store/session';
import type { Speed } from '../store/settings';
import { profitFigure } from '../view/after';
import { hudView } from '../view/hud';
import { fairClock, salesToday } from '../view/selectors';
import type { Part, Ui } from './context';
import { h } from './dom';
import { Meter } from './meter';
import { createMoves } from './moves-popover';
import { supplierColor, supplierNameById } from './text';
import { UiContext, useUi } from './ui-context';

export type HudMode = 'fair' | 'after';

interface HudProps {
  mode: HudMode;
  st: SessionState;
}

/** The HUD's element, with what Hud renders into it. */
export function createHud(ui: Ui, mode: HudMode): Part {
  const el = h('header', { class: `hud hud-${mode}`, 'aria-label': ui.t('hud.label') });
  if (!ui.store.getState().game) return { el };
  const update = (st: SessionState) => {
    if (!st.game) return;
    render(
      <UiContext.Provider value={ui}>
        <HudBody mode={mode} st={st} />
      </UiContext.Provider>,
      el,
    );
  };
  update(ui.store.getState());
  return { el, update, destroy: () => render(null, el) };
}

export function Hud(props: HudProps) {
  const { t } = useUi();
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the HUD's name, as the h() version gave it
    <header class={`hud hud-${props.mode}`} aria-label={t('hud.label')}>
      <HudBody {...props} />
    </header>
  );
}

function HudBody({ mode, st }: HudProps) {
  const ui = useUi();
  const { t, store } = ui;
  // "What moved them" is a DOM part (moves-popover.ts): its button goes after the meters, its
  // popover after their row; Preact leaves both alone, as its own children never move.
  const [moves] = useState(() => createMoves(ui));
  const meters = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const row = meters.current;
    if (row && moves.button.parentNode !== row) {
      row.append(moves.button);
      row.after(moves.el);
    }
    moves.update?.(st);
  });
  const game = st.game;
  if (!game) return null;
  const view = hudView(game);
  const meterText = (value: number) => t('hud.meterValue', { value });
  return (
    <>
      <button
        class="btn btn-hud btn-menu"
        type="button"
        aria-label={t('common.menu')}
        title={t('common.menu')}
        onClick={() => store.getState().setOverlay('pause')}
      >
        <span aria-hidden="true">☰</span>
      </button>
      <Place mode={mode} game={game} />
      {mode === 'fair' ? <SalesChips className="hud-sales chips" game={game} /> : <Figures game={game} />}
      <div class="hud-meters" ref={meters}>
        <Meter label={t('hud.patience')} reading={view.patience} valueText={meterText} />
        <Meter label={t('hud.mood')} reading={view.mood} valueText={meterText} />
      </div>
      {mode === 'fair' ? <SpeedControls paused={st.paused} speed={st.settings.speed} /> : null}
    </>
  );
}

/** The season, and the fair's day and clock or the week after it. */
function Place({ mode, game }: { mode: HudMode; game: Game }) {
  const { t, lang } = useUi();
  const view = hudView(game);
  let when: string;
  let time = '';
  if (mode === 'fair') {
    const c = fairClock(game);
    when = t('common.day', { n: c.day, total: c.days });
    time = clock(c.minutes, lang);
  } else {
    when = view.week > 0 ? t('common.week', { n: view.week, total: view.weeks }) : t('news.fairWeek');
  }
  return (
    <div class="hud-place">
      <span class="hud-season">{t('common.season', { n: view.season, total: view.seasons })}</span>
      <span class="hud-when-row">
        <span class="hud-when">{when}</span>
        <span class="hud-time">{time}</span>
      </span>
    </div>
  );
}

/** The weeks after's figures: revenue against the promise, spending against the cap, profit. */
function Figures({ game }: { game: Game }) {
  const { t, lang } = useUi();
  const f = hudView(game).figures;
  const profit = profitFigure(game, lang);
  const short = (cents: number) => moneyShort(cents, lang);
  return (
    <>
      <div class="hud-figure">
        <span class="hud-figure-label">{t('hud.revenue')}</span>
        <span class="hud-figure-value">
          {f ? t('hud.revenueOf', { revenue: short(f.revenue), target: short(f.target) }) : ''}
        </span>
      </div>
      <div class="hud-figure hud-spend">
        <span class="hud-figure-label">{t('hud.spend')}</span>
        <span class="hud-figure-value" data-over={f ? String(f.over) : undefined}>
          {f ? t('hud.spendOf', { spent: short(f.spent), cap: short(f.cap) }) : ''}
        </span>
      </div>
      <div class="hud-figure hud-profit">
        <span class="hud-figure-label">{t('hud.profit')}</span>
        <span class="hud-figure-value" data-loss={profit ? String(profit.loss) : undefined}>
          {profit?.text ?? ''}
        </span>
      </div>
    </>
  );
}

/** What each booth signed today, as a part of its own (the fair's side panel on a phone). */
export function salesChips(ui: Ui, className: string): Part {
  const el = h('div', { class: className, role: 'group', 'aria-label': ui.t('hud.soldToday') });
  if (!ui.store.getState().game) return { el };
  const update = (st: SessionState) => {
    if (!st.game) return;
    render(
      <UiContext.Provider value={ui}>
        <Chips game={st.game} />
      </UiContext.Provider>,
      el,
    );
  };
  update(ui.store.getState());
  return { el, update, destroy: () => render(null, el) };
}

export function SalesChips({ className, game }: { className: string; game: Game }) {
  const { t } = useUi();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group by role, as before (a fieldset would change the layout)
    <div class={className} role="group" aria-label={t('hud.soldToday')}>
      <Chips game={game} />
    </div>
  );
}

function Chips({ game }: { game: Game }) {
  const { t, lang } = useUi();
  const L = game.level;
  return (
    <>
      <span class="chips-label">{t('hud.soldToday')}</span>
      {salesToday(game).map((b) => (
        <span key={b.id} class={b.id === 'us' ? 'chip is-ours' : 'chip'}>
          <span class="dot" style={{ '--dot': supplierColor(L, b.id) }} aria-hidden="true" />
          <span class="chip-name">{b.id === 'us' ? t('common.you') : supplierNameById(L, b.id, lang)}</span>
          {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the amount in full words, as before */}
          <span
            class="chip-value"
            aria-label={b.soldToday > 0 ? money(b.soldToday, lang) : t('hud.nobodySold')}
          >
            {b.soldToday > 0 ? moneyShort(b.soldToday, lang) : '–'}
          </span>
        </span>
      ))}
    </>
  );
}

const SPEEDS: readonly Speed[] = [1, 2, 4];

/** Pause and the three speeds; the chosen speed stays marked while paused (the fair resumes at it). */
function SpeedControls({ paused, speed }: { paused: boolean; speed: Speed }) {
  const { t, store } = useUi();
  const pauseLabel = paused ? t('hud.resume') : t('hud.pause');
  const choose = (n: Speed) => {
    const st = store.getState();
    st.setSetting('speed', n);
    if (st.paused) st.setPaused(false);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group by role, as before (a fieldset would change the layout)
    <div class="speed-controls" role="group" aria-label={t('hud.speedControls')}>
      <button
        class="btn btn-hud btn-pause"
        type="button"
        aria-label={pauseLabel}
        title={pauseLabel}
        data-paused={String(paused)}
        onClick={() => store.getState().setPaused(!store.getState().paused)}
      >
        {paused ? '▶' : '❚❚'}
      </button>
      {SPEEDS.map((n) => (
        <button
          key={n}
          class="btn btn-hud"
          type="button"
          aria-label={t('settings.speedLabel', { n })}
          aria-pressed={speed === n}
          onClick={() => choose(n)}
        >
          {t('settings.speedValue', { n })}
        </button>
      ))}
    </div>
  );
}
