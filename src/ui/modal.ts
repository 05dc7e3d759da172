// Native modal dialogs for the overlay: a <dialog> shown with showModal() once it is in the
// page, so while it is open the rest of the page is inert (no clicks, no focus, hidden from
// screen readers) and focus cannot wander behind it. Closing is the owner's call: Escape's
// cancel (and a close the browser makes on its own) is passed to `onCancel`, which changes the
// store; the store's change then removes the dialog.
export interface Modal {
  /** Leaves the top layer and the page (call once, when the owner's part is destroyed). */
  remove(): void;
}

export function modal(el: HTMLDialogElement, onCancel: () => void): Modal {
  let removing = false;
  el.addEventListener('cancel', (e) => {
    e.preventDefault();
    onCancel();
  });
  el.addEventListener('close', () => {
    if (!removing) onCancel();
  });
  // Shown once the owner has put it in the page (showModal needs a connected element).
  queueMicrotask(() => {
    if (!removing && el.isConnected && !el.open) el.showModal();
  });
  return {
    remove() {
      removing = true;
      if (el.open) el.close();
      el.remove();
    },
  };
}
