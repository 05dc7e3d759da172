// Parts and elements whose root is a component's own element (the corner menu's button, the
// level panel's section, the preloader, the language switch): the component renders into a
// detached holder, and what is handed out is the element it made, for the overlay's root or an
// h() builder to place. Rendering again diffs that element in place wherever it now stands, so
// the component must always render one element of the same tag at its root.
import { type ComponentChild, render } from 'preact';
import type { SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { UiContext } from './ui-context';

function mount(ui: Ui, holder: HTMLElement, view: ComponentChild): void {
  render(<UiContext.Provider value={ui}>{view}</UiContext.Provider>, holder);
}

/** The element a stateless component renders, for DOM built with h(). */
export function elementOf(ui: Ui, view: ComponentChild): HTMLElement {
  const holder = document.createElement('div');
  mount(ui, holder, view);
  return holder.firstElementChild as HTMLElement;
}

/** A part rendered from the latest state on every update; destroy unmounts (and removes) it. */
export function elementPart(ui: Ui, view: (st: SessionState) => ComponentChild): Part {
  const holder = document.createElement('div');
  const paint = (st: SessionState) => mount(ui, holder, view(st));
  paint(ui.store.getState());
  return {
    el: holder.firstElementChild as HTMLElement,
    update: paint,
    destroy: () => render(null, holder),
  };
}
