// The overlay's context (store, language, translator, announcer) for Preact components: the
// root of a component tree provides it, components read it with useUi() instead of passing
// `ui` down every level. A language switch rebuilds the overlay, so the value never changes.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Ui } from './context';

export const UiContext = createContext<Ui | null>(null);

/** The overlay's context; a component rendered outside a UiContext provider is a bug. */
export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi: no UiContext.Provider above this component');
  return ui;
}
