// The level panel: a level file that cannot be played, with every problem as the command
// line prints it (`levels/x.json: /fair/days: expected …`), over whatever screen is showing.
// From the development server it stays until the file is fixed and saved; an opened file's
// panel can be closed. Never Vite's stack-trace overlay, never a blank page.
import type { LevelReport, SessionState } from '../store/session';
import type { Part, Ui } from './context';
import { fill, h } from './dom';

/** Lines shown per file; the rest are counted. */
const MAX_LINES = 40;

export function createLevelPanel(ui: Ui): Part {
  const { t, store } = ui;
  const el = h('section', { class: 'level-panel', hidden: true, 'aria-live': 'polite' });
  let shown: LevelReport[] | null = null;

  const report = (r: LevelReport) =>
    h(
      'div',
      { class: 'level-report', role: 'alert', 'data-file': r.file },
      h('h2', null, t('levelFile.title')),
      h('p', null, t('levelFile.intro')),
      h(
        'ul',
        { class: 'level-problems' },
        r.lines.slice(0, MAX_LINES).map((line) => h('li', null, line)),
        r.lines.length > MAX_LINES
          ? h('li', null, t('levelFile.more', { n: r.lines.length - MAX_LINES }))
          : null,
      ),
      h('p', { class: 'level-hint' }, r.hot ? t('levelFile.hot') : t('levelFile.opened')),
      r.hot
        ? null
        : h(
            'button',
            {
              class: 'btn btn-small',
              type: 'button',
              onClick: () => store.getState().reportLevel(r.file, null),
            },
            t('levelFile.dismiss'),
          ),
    );

  const update = (st: SessionState) => {
    if (st.levelReports === shown) return;
    shown = st.levelReports;
    el.hidden = shown.length === 0;
    fill(el, shown.map(report));
  };
  update(store.getState());
  return { el, update };
}
