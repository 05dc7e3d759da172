// The notices: dismissible banners at the top of any screen for the store's notices (a save
// that could not be read, a link with a bad value, a welcome back). A welcome back fades away
// by itself a while after the game is shown; problems stay until dismissed.
import type { Notice } from '../store/session';
import type { Part, Ui } from './context';
import { fill, h } from './dom';
import { noticeIsProblem, noticeText } from './notice-text';

const RESUMED_MS = 6000;
/** More notices than this are listed in one box. */
const MAX_SEPARATE = 2;

export function createNotices(ui: Ui): Part {
  const { t, store } = ui;
  const el = h('section', { class: 'notices', 'aria-label': t('notice.region') });
  let shown: Notice[] | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const render = (notices: Notice[]) => {
    shown = notices;
    el.hidden = notices.length === 0;
    if (notices.length > MAX_SEPARATE) {
      // Many at once (a link full of mistakes): one box with a list, dismissed together.
      fill(
        el,
        h(
          'div',
          { class: 'notice is-problem', role: 'alert' },
          h(
            'div',
            { class: 'notice-list' },
            h('p', null, t('notice.several')),
            h(
              'ul',
              null,
              notices.map((n) => h('li', null, noticeText(t, n))),
            ),
          ),
          h(
            'button',
            {
              class: 'btn btn-small',
              type: 'button',
              onClick: () => store.getState().dismissAllNotices(),
            },
            t('common.dismissAll'),
          ),
        ),
      );
      return;
    }
    fill(
      el,
      notices.map((n, i) =>
        h(
          'div',
          {
            class: noticeIsProblem(n) ? 'notice is-problem' : 'notice',
            role: noticeIsProblem(n) ? 'alert' : 'status',
          },
          h('p', null, noticeText(t, n)),
          h(
            'button',
            {
              class: 'btn btn-icon',
              type: 'button',
              'aria-label': t('common.dismiss'),
              title: t('common.dismiss'),
              onClick: () => store.getState().dismissNotice(i),
            },
            '×',
          ),
        ),
      ),
    );
    fadeWelcome();
  };
  /** The welcome back fades RESUMED_MS after the game is shown (not while it still loads). */
  const fadeWelcome = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const st = store.getState();
    if (st.bootProgress < 1 || !st.notices.some((n) => n.kind === 'resumed')) return;
    timer = setTimeout(() => {
      const i = store.getState().notices.findIndex((n) => n.kind === 'resumed');
      if (i >= 0) store.getState().dismissNotice(i);
    }, RESUMED_MS);
  };
  render(store.getState().notices);
  let booted = store.getState().bootProgress >= 1;
  return {
    el,
    update(st) {
      if (st.notices !== shown) render(st.notices);
      else if (!booted && st.bootProgress >= 1) fadeWelcome();
      booted = st.bootProgress >= 1;
    },
    destroy() {
      if (timer) clearTimeout(timer);
    },
  };
}
