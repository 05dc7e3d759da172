// The HUD strip at the top of the play screen. During the fair: season, day and the hall's
// clock, what each booth signed today, the CEO's patience, the team's mood, pause and speed.
// In the weeks after: the week, revenue against the promise, spending against the cap and
// the season's profit so far (the game's score); the "what moved them" button beside the
// meters and its popover under them (moves-popover.tsx).
import { useState } from 'preact/hooks';
import { clock, money, moneyShort } from '../i18n/format';
import type { Game } from '../sim';
import type { SessionState } from '../store/session';
import type { Speed } from '../store/settings';
import { profitFigure } from '../view/after';
import { hudView } from '../view/hud';
import { fairClock, salesToday } from '../view/selectors';
import { Meter } from './meter';
import { MovesButton, MovesPop, seasonMoves } from './moves-popover';
import { supplierColor, supplierNameById } from './text';
import { useUi } from './ui-context';

export type HudMode = 'fair' | 'after';

interface HudProps {
  mode: HudMode;
  st: SessionState;
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
  const [movesOpen, setMovesOpen] = useState(false);
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
      <div class="hud-meters">
        <Meter label={t('hud.patience')} reading={view.patience} valueText={meterText} />
        <Meter label={t('hud.mood')} reading={view.mood} valueText={meterText} />
        <MovesButton open={movesOpen} onToggle={() => setMovesOpen((o) => !o)} />
      </div>
      <MovesPop open={movesOpen} moves={seasonMoves(game)} onClose={() => setMovesOpen(false)} />
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

/** What each booth signed today (in the HUD, and in the fair's side panel on a phone). */
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
