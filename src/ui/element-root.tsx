// A Preact component whose own root element is what the caller places in the page (the
// notices' <section>, the room badge's <details>, the room join card): rendered in the overlay's
// context into a holder that never enters the page, and the element it made is handed out.
// Preact keeps diffing that element in place wherever it is put, as long as the component
// always renders that one element at its root.
import type { VNode } from 'preact';
import { render } from 'preact';
import type { Ui } from './context';
import { UiContext } from './ui-context';

export interface ElementRoot<P = object> {
  el: HTMLElement;
  /** Renders again, with new props (the element stays the same). */
  render(node: VNode<P>): void;
  /** Unmounts the tree (the element leaves the page). */
  unmount(): void;
}

export function elementRoot<P>(ui: Ui, node: VNode<P>): ElementRoot<P> {
  const holder = document.createElement('div');
  const paint = (n: VNode<P>) => render(<UiContext.Provider value={ui}>{n}</UiContext.Provider>, holder);
  paint(node);
  const el = holder.firstElementChild;
  if (!(el instanceof HTMLElement)) throw new Error('elementRoot: the component rendered no element');
  return { el, render: paint, unmount: () => render(null, holder) };
}
