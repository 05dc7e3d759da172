// "What moved them": a small button beside the HUD's meters (MovesButton) that opens, under the
// HUD, what moved the CEO's patience and the team's mood this season, by cause, in words and
// points (MovesPop, the season's `moves` from the simulation). Whoever shows them holds whether
// the popover is open (the HUD).
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Key } from '../i18n';
import { number } from '../i18n/format';
import type { Game, SeasonMoves } from '../sim';
import { useUi } from './ui-context';

/** The season's moves in the game, if it has any yet. */
export const seasonMoves = (game: Game): SeasonMoves | undefined =>
  game.state.history[game.state.season]?.moves;

interface MovesButtonProps {
  /** Whether the popover is open. */
  open: boolean;
  onToggle(): void;
}

/** The "?" button that opens and closes the popover; when it closes, focus comes back here. */
export function MovesButton({ open, onToggle }: MovesButtonProps) {
  const { t } = useUi();
  const self = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useLayoutEffect(() => {
    if (wasOpen.current && !open) self.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <button
      class="btn btn-hud btn-why"
      type="button"
      aria-label={t('moves.button')}
      title={t('moves.button')}
      aria-expanded={open}
      aria-controls="moves-pop"
      onClick={onToggle}
      ref={self}
    >
      <span aria-hidden="true">?</span>
    </button>
  );
}

interface MovesPopProps {
  open: boolean;
  /** The season's moves (none before the season has any). */
  moves: SeasonMoves | undefined;
  onClose(): void;
}

type Moved = readonly (readonly [cause: string, points: number])[];

/** One meter's moves by cause in whole points, the largest first, leaving out those that round to nothing. */
function moved(moves: Record<string, number>): Moved {
  return Object.entries(moves)
    .map(([cause, v]) => [cause, Math.round(v)] as const)
    .filter(([, v]) => v !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
}

/** The popover: drawn while open; closed, it keeps what it showed last, hidden. */
export function MovesPop({ open, moves, onClose }: MovesPopProps) {
  const { t } = useUi();
  // What it showed, read out while open (the season's moves change in place as the fair runs).
  const drawn = useRef<{ patience: Moved; mood: Moved } | null | undefined>(undefined);
  if (open) drawn.current = moves ? { patience: moved(moves.patience), mood: moved(moves.mood) } : null;
  const shown = drawn.current;
  return (
    <section class="moves-pop" id="moves-pop" hidden={!open} aria-labelledby="moves-title">
      {shown !== undefined ? (
        <>
          <h2 id="moves-title">{t('moves.title')}</h2>
          <h3>{t('moves.patience')}</h3>
          {shown ? <MoveLines moved={shown.patience} prefix="moves.p" /> : null}
          <h3>{t('moves.mood')}</h3>
          {shown ? <MoveLines moved={shown.mood} prefix="moves.m" /> : null}
          <button class="btn btn-small" type="button" onClick={onClose}>
            {t('moves.close')}
          </button>
        </>
      ) : null}
    </section>
  );
}

function MoveLines({ moved, prefix }: { moved: Moved; prefix: 'moves.p' | 'moves.m' }) {
  const { t, lang } = useUi();
  if (!moved.length) return <p class="hint">{t('moves.none')}</p>;
  return (
    <ul class="moves-list">
      {moved.map(([cause, v]) => (
        <li key={cause} data-cause={cause}>
          <strong class={v > 0 ? 'up' : 'down'}>{`${v > 0 ? '+' : '−'}${number(Math.abs(v), lang)}`}</strong>{' '}
          {t(`${prefix}.${cause}` as Key)}
        </li>
      ))}
    </ul>
  );
}
