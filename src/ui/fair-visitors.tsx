// The fair panel's list of the visitors at our booth: name, company and what is happening to
// them (waiting, or talking with our pitcher, listener or a colleague). The player picks one to
// open their conversation card; while a bot plays, the list is only watched. Each visitor keeps
// their item (keyed) while at the booth, so a click or a focused button is never pulled away;
// if the focused visitor leaves, the panel moves focus on once the list has rendered.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Game, Visitor } from '../sim';
import { visitorCard, visitorsAtOurBooth } from '../view/selectors';
import type { T } from './context';
import { useUi } from './ui-context';

function statusText(t: T, v: Visitor): string {
  if (v.status === 'queue') return t('fair.waiting');
  const a = v.talk?.action;
  if (a === 'pitch') return t('fair.withPitcher');
  if (a === 'listen') return t('fair.withListener');
  return t('fair.withColleague');
}

interface VisitorListProps {
  game: Game | null;
  /** The visitor whose card is open, or -1. */
  selected: number;
  /** A bot plays: the visitors are shown, not offered. */
  bot: boolean;
  /** After a render that took away the focused visitor. */
  onFocusLost(): void;
}

export function VisitorList({ game, selected, bot, onFocusLost }: VisitorListProps) {
  const { t } = useUi();
  const lost = useRef(false);
  useLayoutEffect(() => {
    if (!lost.current) return;
    lost.current = false;
    onFocusLost();
  });
  const visitors = game ? visitorsAtOurBooth(game) : [];
  return (
    <>
      <ul class="visitor-list" aria-labelledby="fair-panel-title">
        {game
          ? visitors.map((v) => (
              <BoothVisitor
                key={v.id}
                game={game}
                visitor={v}
                selected={selected === v.id}
                bot={bot}
                lost={lost}
              />
            ))
          : null}
      </ul>
      <p class="hint" hidden={visitors.length > 0}>
        {t('fair.empty')}
      </p>
    </>
  );
}

interface BoothVisitorProps {
  game: Game;
  visitor: Visitor;
  selected: boolean;
  bot: boolean;
  /** Set when this visitor leaves with focus on their button. */
  lost: { current: boolean };
}

function BoothVisitor({ game, visitor: v, selected, bot, lost }: BoothVisitorProps) {
  const { t, store } = useUi();
  // Who they are does not change while they stand at the booth.
  const [card] = useState(() => visitorCard(game, v.id));
  const item = useRef<HTMLLIElement>(null);
  useLayoutEffect(() => {
    const li = item.current;
    // Runs as they leave, before their item is taken out of the page.
    return () => {
      if (li?.contains(document.activeElement)) lost.current = true;
    };
  }, [lost]);
  const who = (
    <>
      <span class="visitor-name">{card?.name ?? '?'}</span>
      <span class="visitor-company">{card?.company ?? ''}</span>
      <span class={`visitor-status status-${v.status}`}>{statusText(t, v)}</span>
    </>
  );
  return (
    <li ref={item}>
      {bot ? (
        <div class="visitor">{who}</div>
      ) : (
        <button
          class="visitor"
          type="button"
          data-visitor={String(v.id)}
          aria-pressed={selected}
          onClick={() => store.getState().selectVisitor(v.id)}
        >
          {who}
        </button>
      )}
    </li>
  );
}
