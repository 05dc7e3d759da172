// The preloader: the game's name and a progress bar while the world prepares its art
// (store.bootProgress < 1). If nothing moves for a while it says so and offers to start anyway.

import type { Part, Ui } from './context';
import { h, setAttr, setText } from './dom';

const SLOW_MS = 8000;

export function createPreloader(ui: Ui, onSkip: () => void): Part {
  const { t } = ui;
  const fillBar = h('div', { class: 'progress-fill' });
  const bar = h(
    'div',
    {
      class: 'progress',
      role: 'progressbar',
      'aria-label': t('boot.progress'),
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': 0,
    },
    fillBar,
  );
  const status = h('p', { class: 'preloader-status' }, t('boot.loading'));
  const slow = h(
    'div',
    { class: 'preloader-slow', hidden: true },
    h('p', null, t('boot.slow')),
    h('button', { class: 'btn btn-primary', type: 'button', onClick: onSkip }, t('boot.startAnyway')),
  );
  const el = h(
    'section',
    { class: 'preloader', 'aria-labelledby': 'preloader-title' },
    h(
      'div',
      { class: 'preloader-card' },
      h('h1', { id: 'preloader-title', class: 'game-name' }, t('app.name')),
      bar,
      status,
      slow,
    ),
  );
  let last = -1;
  let lastMove = Date.now();
  const timer = setInterval(() => {
    if (Date.now() - lastMove > SLOW_MS) slow.hidden = false;
  }, 1000);
  return {
    el,
    update(st) {
      const pct = Math.round(st.bootProgress * 100);
      if (pct !== last) {
        last = pct;
        lastMove = Date.now();
        setAttr(bar, 'aria-valuenow', String(pct));
        fillBar.style.width = `${pct}%`;
        setText(status, `${t('boot.loading')} ${pct}%`);
      }
    },
    destroy() {
      clearInterval(timer);
    },
  };
}
