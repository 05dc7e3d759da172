// A modal dialog shell: a backdrop, a paper box with a title and a close button, focus moved in
// on open, kept inside while open, and given back to where it was on close.
import { h, trapFocus } from './dom';

export interface DialogOptions {
  id: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  body: HTMLElement | HTMLElement[];
  className?: string;
}

export interface Dialog {
  el: HTMLElement;
  destroy(): void;
}

export function createDialog(o: DialogOptions): Dialog {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = `${o.id}-title`;
  const box = h(
    'div',
    {
      class: `dialog ${o.className ?? ''}`,
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
      id: o.id,
    },
    h(
      'header',
      { class: 'dialog-head' },
      h('h2', { id: titleId, tabindex: -1 }, o.title),
      h(
        'button',
        {
          class: 'btn btn-icon',
          type: 'button',
          'aria-label': o.closeLabel,
          title: o.closeLabel,
          onClick: o.onClose,
        },
        '×',
      ),
    ),
    h('div', { class: 'dialog-body' }, o.body),
  );
  const el = h(
    'div',
    {
      class: 'backdrop',
      onClick: (e: Event) => {
        if (e.target === el) o.onClose();
      },
    },
    box,
  );
  const untrap = trapFocus(box);
  queueMicrotask(() => {
    const first = box.querySelector<HTMLElement>('.dialog-body button, .dialog-body input');
    (first ?? box.querySelector<HTMLElement>('h2'))?.focus();
  });
  return {
    el,
    destroy() {
      untrap();
      el.remove();
      if (before?.isConnected) before.focus();
    },
  };
}
