// The fair, as the overlay shows it: the HUD, the side panel listing the visitors at our booth
// (fair-visitors.tsx; choosing one opens their conversation card, and the world highlights
// them), a paused note, and the card itself. The live region says, now and then, what the team
// signed and which leads it made (fair-news.ts). The panel is a Preact tree that createFair
// renders again on every update; the HUD, the phone's sales chips and the card stay DOM parts.
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Game } from '../sim';
import type { SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { createConversation } from './conversation';
import { h } from './dom';
import { fairNews } from './fair-news';
import { VisitorList } from './fair-visitors';
import { Hud, SalesChips } from './hud';
import { Tips, tipShown } from './tips';
import { UiContext, useUi } from './ui-context';

export function createFair(ui: Ui): Part {
  const el = h('div', { class: 'phase phase-fair' });
  const update = (st: SessionState) =>
    render(
      <UiContext.Provider value={ui}>
        <Hud mode="fair" st={st} />
        <Fair st={st} />
      </UiContext.Provider>,
      el,
    );
  update(ui.store.getState());
  return { el, update, destroy: () => render(null, el) };
}

/** Focus back into the panel: the visitor's button, else the first visitor's, else the title. */
function focusPanel(panel: HTMLElement | null, visitorId = -1): void {
  (
    panel?.querySelector<HTMLElement>(`.visitor-list [data-visitor="${visitorId}"]`) ??
    panel?.querySelector<HTMLElement>('.visitor-list button') ??
    panel?.querySelector<HTMLElement>('.panel-title')
  )?.focus();
}

export function Fair({ st }: { st: SessionState }) {
  const ui = useUi();
  const { t } = ui;
  const panel = useRef<HTMLElement>(null);
  const [news] = useState(() => fairNews(ui, st));
  useLayoutEffect(() => news(st));
  const game = st.game;
  // Read on every render: a bot handed the game mid-fair holds the controls from then on.
  const bot = st.bot !== null;
  // Focus goes back to the visitor's button, or stays in the panel if their talk is over.
  const cardClosed = (id: number) => {
    const active = document.activeElement;
    if (!active || active === document.body) focusPanel(panel.current, id);
  };
  return (
    <>
      <aside class="panel fair-panel" aria-labelledby="fair-panel-title" ref={panel}>
        {game ? <SalesChips className="panel-sales chips" game={game} /> : null}
        <h2 id="fair-panel-title" class="panel-title" tabIndex={-1}>
          {t('fair.panel')}
        </h2>
        <p class="panel-hint">{bot ? t('fair.watching') : t('fair.pick')}</p>
        {game ? <FairTip game={game} bot={bot} /> : null}
        <VisitorList
          game={game}
          selected={st.selectedVisitor}
          bot={bot}
          onFocusLost={() => focusPanel(panel.current)}
        />
      </aside>
      <PausedNote shown={st.paused && st.selectedVisitor < 0 && st.overlay === 'none'} />
      <CardSlot visitorId={game?.state.phase === 'fair' ? st.selectedVisitor : -1} onClosed={cardClosed} />
    </>
  );
}

/** The level's fair tip; the first, as the fair starts, holds the clock until the player has read it. */
function FairTip({ game, bot }: { game: Game; bot: boolean }) {
  const { lang, store } = useUi();
  const [waits] = useState(() => !bot && game.state.tick === 0 && tipShown(game.level, 'fair', lang));
  useLayoutEffect(() => {
    if (waits) queueMicrotask(() => store.getState().setPaused(true));
  }, [waits, store]);
  const read = () => store.getState().setPaused(false);
  return <Tips level={game.level} phase="fair" onRead={waits && !bot ? read : undefined} />;
}

function PausedNote({ shown }: { shown: boolean }) {
  const { t, store } = useUi();
  return (
    <div class="stage-note" hidden={!shown}>
      <strong>{t('fair.paused')}</strong>
      <span>{t('fair.pausedHint')}</span>
      <button class="btn btn-primary" type="button" onClick={() => store.getState().setPaused(false)}>
        {t('hud.resume')}
      </button>
    </div>
  );
}

interface CardSlotProps {
  /** The visitor whose card should be open, or -1. */
  visitorId: number;
  /** After the card of this visitor has closed. */
  onClosed(visitorId: number): void;
}

/**
 * The conversation card (conversation.tsx, a part with its own modal dialog) goes in this
 * element, which Preact renders without children and so leaves to it.
 */
function CardSlot({ visitorId, onClosed }: CardSlotProps) {
  const ui = useUi();
  const host = useRef<HTMLDivElement>(null);
  const card = useRef<{ id: number; part: Part } | null>(null);
  useLayoutEffect(() => {
    const open = card.current;
    if (open?.id === visitorId) return;
    if (open) {
      open.part.destroy?.();
      card.current = null;
      onClosed(open.id);
    }
    if (visitorId >= 0 && host.current) {
      const part = createConversation(ui, visitorId);
      host.current.append(part.el);
      card.current = { id: visitorId, part };
    }
  });
  useLayoutEffect(() => () => card.current?.part.destroy?.(), []);
  return <div class="card-slot" ref={host} />;
}
