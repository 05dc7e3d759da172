// The level panel: a level file that cannot be played, with every problem as the command
// line prints it (`levels/x.json: /fair/days: expected …`), over whatever screen is showing.
// From the development server it stays until the file is fixed and saved; an opened file's
// panel can be closed. Never Vite's stack-trace overlay, never a blank page.
import type { LevelReport } from '../store/session';
import type { Part, Ui } from './context';
import { elementRoot } from './element-root';
import { useUi } from './ui-context';

/** Lines shown per file; the rest are counted. */
const MAX_LINES = 40;

export function createLevelPanel(ui: Ui): Part {
  const root = elementRoot(ui, <LevelPanel reports={ui.store.getState().levelReports} />);
  return { el: root.el, update: (st) => root.render(<LevelPanel reports={st.levelReports} />) };
}

/** Every unplayable file's report; hidden while there is none. */
export function LevelPanel({ reports }: { reports: readonly LevelReport[] }) {
  return (
    <section class="level-panel" hidden={reports.length === 0} aria-live="polite">
      {reports.map((r) => (
        <Report key={r.file} r={r} />
      ))}
    </section>
  );
}

function Report({ r }: { r: LevelReport }) {
  const { t, store } = useUi();
  const more = r.lines.length - MAX_LINES;
  return (
    <div class="level-report" role="alert" data-file={r.file}>
      <h2>{t('levelFile.title')}</h2>
      <p>{t('levelFile.intro')}</p>
      <ul class="level-problems">
        {r.lines.slice(0, MAX_LINES).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
        {more > 0 ? <li>{t('levelFile.more', { n: more })}</li> : null}
      </ul>
      <p class="level-hint">{r.hot ? t('levelFile.hot') : t('levelFile.opened')}</p>
      {r.hot ? null : (
        <button
          class="btn btn-small"
          type="button"
          onClick={() => store.getState().reportLevel(r.file, null)}
        >
          {t('levelFile.dismiss')}
        </button>
      )}
    </div>
  );
}
