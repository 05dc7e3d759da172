// The live region: short messages (orders signed, leads created, orders arriving) said politely
// to screen readers and shown for a moment as a toast over the hall. Messages that arrive
// close together are joined, so a busy fair does not become a stream of chatter.
import { h } from './dom';

export interface Announcer {
  el: HTMLElement;
  announce(text: string): void;
  destroy(): void;
}

export function createAnnouncer(): Announcer {
  const region = h('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const toast = h('div', { class: 'toast', 'aria-hidden': 'true' });
  const el = h('div', { class: 'live' }, region, toast);
  let queue: string[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    flushTimer = null;
    if (!queue.length) return;
    const text = queue.slice(-3).join(' ');
    queue = [];
    region.textContent = '';
    // A fresh text node after clearing makes screen readers say it even when it repeats.
    setTimeout(() => {
      region.textContent = text;
    }, 30);
    toast.textContent = text;
    toast.classList.add('is-shown');
    if (hideTimer) clearTimeout(hideTimer);
    hideTimer = setTimeout(() => toast.classList.remove('is-shown'), 3200);
  };

  return {
    el,
    announce(text) {
      if (!text) return;
      queue.push(text);
      if (!flushTimer) flushTimer = setTimeout(flush, 400);
    },
    destroy() {
      if (flushTimer) clearTimeout(flushTimer);
      if (hideTimer) clearTimeout(hideTimer);
      el.remove();
    },
  };
}
