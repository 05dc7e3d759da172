// A modal dialog shell: a native <dialog> (modal.ts: the page behind is inert while it is open)
// holding a paper box with a title and a close button; a click beside the box closes it; focus
// moves in on open and goes back to where it was on close.
import { h } from './dom';
import { modal } from './modal';

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
    { class: `dialog ${o.className ?? ''}`, id: o.id },
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
    'dialog',
    {
      class: 'modal-layer',
      'aria-labelledby': titleId,
      onClick: (e: Event) => {
        if (e.target === el) o.onClose();
      },
    },
    box,
  );
  const shown = modal(el, o.onClose);
  queueMicrotask(() => {
    const first = box.querySelector<HTMLElement>('.dialog-body button, .dialog-body input');
    (first ?? box.querySelector<HTMLElement>('h2'))?.focus();
  });
  return {
    el,
    destroy() {
      shown.remove();
      if (before?.isConnected) before.focus();
    },
  };
}
