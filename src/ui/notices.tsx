// The notices: dismissible banners at the top of any screen for the store's notices (a save
// that could not be read, a link with a bad value, a welcome back). A welcome back fades away
// by itself a while after the game is shown; problems stay until dismissed. Preact components.
import { useEffect } from 'preact/hooks';
import type { Notice, SessionState } from '../store/session';
import { CloseButton } from './close-button';
import type { Part, Ui } from './context';
import { elementRoot } from './element-root';
import { noticeIsProblem, noticeText } from './notice-text';
import { useUi } from './ui-context';

const RESUMED_MS = 6000;
/** More notices than this are listed in one box. */
const MAX_SEPARATE = 2;

export function createNotices(ui: Ui): Part {
  const view = (st: SessionState) => <Notices notices={st.notices} booted={st.bootProgress >= 1} />;
  let shown = ui.store.getState();
  const root = elementRoot(ui, view(shown));
  return {
    el: root.el,
    update(st) {
      // The store changes every tick of the fair; only the notices and the boot matter here.
      if (st.notices === shown.notices && st.bootProgress >= 1 === shown.bootProgress >= 1) return;
      shown = st;
      root.render(view(st));
    },
    destroy: root.unmount,
  };
}

interface NoticesProps {
  notices: readonly Notice[];
  /** Whether the game is shown (the preloader is done). */
  booted: boolean;
}

export function Notices({ notices, booted }: NoticesProps) {
  const { t } = useUi();
  useWelcomeFade(notices, booted);
  return (
    <section class="notices" aria-label={t('notice.region')} hidden={notices.length === 0}>
      {notices.length > MAX_SEPARATE ? (
        <NoticeBox notices={notices} />
      ) : (
        notices.map((n, i) => <NoticeBanner key={n} notice={n} index={i} />)
      )}
    </section>
  );
}

/** The welcome back fades RESUMED_MS after the game is shown (not while it still loads). */
function useWelcomeFade(notices: readonly Notice[], booted: boolean) {
  const { store } = useUi();
  useEffect(() => {
    if (!booted || !notices.some((n) => n.kind === 'resumed')) return;
    const timer = setTimeout(() => {
      const i = store.getState().notices.findIndex((n) => n.kind === 'resumed');
      if (i >= 0) store.getState().dismissNotice(i);
    }, RESUMED_MS);
    return () => clearTimeout(timer);
  }, [notices, booted, store]);
}

/** One notice with its own "×". */
function NoticeBanner({ notice, index }: { notice: Notice; index: number }) {
  const { t, store } = useUi();
  const problem = noticeIsProblem(notice);
  return (
    <div class={problem ? 'notice is-problem' : 'notice'} role={problem ? 'alert' : 'status'}>
      <p>{noticeText(t, notice)}</p>
      <CloseButton label={t('common.dismiss')} onClick={() => store.getState().dismissNotice(index)} />
    </div>
  );
}

/** Many at once (a link full of mistakes): one box with a list, dismissed together. */
function NoticeBox({ notices }: { notices: readonly Notice[] }) {
  const { t, store } = useUi();
  return (
    <div class="notice is-problem" role="alert">
      <div class="notice-list">
        <p>{t('notice.several')}</p>
        <ul>
          {notices.map((n) => (
            <li key={n}>{noticeText(t, n)}</li>
          ))}
        </ul>
      </div>
      <button class="btn btn-small" type="button" onClick={() => store.getState().dismissAllNotices()}>
        {t('common.dismissAll')}
      </button>
    </div>
  );
}
