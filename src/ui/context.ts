// The overlay's context handed to every screen and component: the store, the language, the
// translator and the live-region announcer. A language switch rebuilds the overlay with a new
// context, so components read `ui.lang` and `ui.t` once when they build.
import type { Translate } from '../i18n';
import type { SessionState, SessionStore } from '../store/session';
import type { Lang } from '../store/settings';

export type T = Translate;

export interface Ui {
  store: SessionStore;
  lang: Lang;
  t: T;
  /** Says something politely to screen readers (and shows it briefly as a toast). */
  announce(text: string): void;
}

/** A piece of the overlay: its element, a cheap update from the latest state, and cleanup. */
export interface Part {
  el: HTMLElement;
  update?(st: SessionState): void;
  destroy?(): void;
  /** Settles once the part's content is on the page (a part whose code loads on demand). */
  ready?: Promise<void>;
}
