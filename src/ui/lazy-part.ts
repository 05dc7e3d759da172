// Screens loaded on demand: the review and the debrief (with their charts' stories and the
// result code) are shown only once a season is played, so their code is kept out of the
// start-up download in chunks of their own, fetched while the player plans the first season.
// A lazy part stands in with an empty element of the screen's own tag and classes until its
// code has arrived, then puts the real screen in its place; if the code cannot be fetched (a
// dropped connection, a server that was updated meanwhile) it says so — the game is saved after
// every decision, so a reload loses nothing.
import type { SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { h } from './dom';

type Create = (ui: Ui) => Part;

const later = {
  review: () => import('./review').then((m) => m.createReview),
  debrief: () => import('./debrief').then((m) => m.createDebrief),
} as const satisfies Record<string, () => Promise<Create>>;

export type LaterScreen = keyof typeof later;

/** Fetches the later screens' code in the background (called once the game has booted). */
export function prefetchLaterScreens(): void {
  for (const load of Object.values(later)) load().catch(() => undefined);
}

/**
 * A part whose screen is built when its code has arrived. `el` always names what is on the page
 * (the stand-in, then the screen), and `ready` settles once the screen is there.
 */
export function lazyPart(ui: Ui, which: LaterScreen, standIn: HTMLElement): Part & { ready: Promise<void> } {
  let part: Part | null = null;
  let gone = false;
  let last: SessionState | null = null;
  const ready = later[which]().then(
    (create) => {
      if (gone) return;
      part = create(ui);
      standIn.replaceWith(part.el);
      if (last) part.update?.(last);
    },
    () => {
      standIn.removeAttribute('aria-busy');
      standIn.replaceChildren(notLoaded(ui));
    },
  );
  standIn.setAttribute('aria-busy', 'true');
  return {
    get el() {
      return part?.el ?? standIn;
    },
    ready,
    update(st) {
      last = st;
      part?.update?.(st);
    },
    destroy() {
      gone = true;
      part?.destroy?.();
    },
  };
}

/** Focuses the part's title now, and again once its content is on the page (a lazy part's). */
export function focusTitleOf(part: Part, selector: string): void {
  const focus = () => part.el.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
  focus();
  void part.ready?.then(focus);
}

/** What stands in a screen whose code could not be fetched: what happened, and a way back. */
function notLoaded({ t }: Ui): HTMLElement {
  return h(
    'div',
    { class: 'sheet' },
    h('h1', { class: 'screen-title', tabIndex: -1 }, t('boot.screenFailedTitle')),
    h('p', { role: 'alert' }, t('boot.screenFailed')),
    h(
      'button',
      { class: 'btn btn-primary', type: 'button', onClick: () => location.reload() },
      t('boot.reload'),
    ),
  );
}
