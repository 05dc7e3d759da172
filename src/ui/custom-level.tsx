// One's own level on the title screen: the "Open a level file…" row (the file is checked in
// the browser, with the command line's messages) and, once a level is open, its card with
// Play and "Copy a link to this level" (the level travels in the link's fragment).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Game } from '../sim';
import type { CustomLevel } from '../store/session';
import { LevelCardBody, PlayButton, ReplaceConfirm } from './level-card';
import { levelLink, openLevelFile } from './level-open';
import { useUi } from './ui-context';

/** The key of one's own level's card while it asks before replacing a game (data-confirm). */
export const OWN_LEVEL = 'own-level';

export function OpenLevelRow() {
  const { t, store } = useUi();
  const input = useRef<HTMLInputElement>(null);
  const opened = () => {
    const el = input.current;
    const file = el?.files?.[0];
    if (el) el.value = '';
    if (file) void openLevelFile(store, file);
  };
  return (
    <div class="title-open">
      <button class="btn" type="button" onClick={() => input.current?.click()}>
        {t('title.openLevel')}
      </button>
      <p>{t('title.openLevelHint')}</p>
      <input
        type="file"
        accept=".json,application/json"
        hidden
        id="open-level-file"
        tabIndex={-1}
        ref={input}
        onChange={opened}
      />
    </div>
  );
}

interface CustomCardProps {
  custom: CustomLevel;
  start(): void;
  /** The game in progress while the card asks before replacing it, else null. */
  asking: Game | null;
  cancel(): void;
}

export function CustomCard({ custom, start, asking, cancel }: CustomCardProps) {
  const { t, store, lang } = useUi();
  const name = custom.level.name[lang];
  const [copy, status] = useCopyLink(custom, () => {
    const st = store.getState();
    return st.customGame && st.game ? st.game.state.seed : custom.level.defaultSeed;
  });
  const source = `${t('title.customLevel')} · ${t('title.customFrom', { file: custom.file })}`;
  return (
    <li class="level-card is-custom" data-level={custom.file}>
      <LevelCardBody level={custom.level} source={source} />
      {asking ? (
        <ReplaceConfirm card={OWN_LEVEL} name={name} current={asking} start={start} cancel={cancel} />
      ) : (
        <div class="row custom-actions">
          <PlayButton name={name} start={start} />
          <button class="btn" type="button" onClick={copy}>
            {t('title.copyLink')}
          </button>
        </div>
      )}
      <LinkStatus status={status} />
    </li>
  );
}

/** What the last "Copy a link" said; `n` counts the copies, so each says it afresh. */
interface CopyStatus {
  n: number;
  text: string;
  /** The link to copy by hand, when the clipboard refused. */
  manual: string | null;
}

/** "Copy a link": to the clipboard when the browser allows it, else shown to copy by hand. */
function useCopyLink(custom: CustomLevel, seed: () => string): [() => void, CopyStatus | null] {
  const { t } = useUi();
  const [status, setStatus] = useState<CopyStatus | null>(null);
  const say = (text: string, manual: string | null = null) =>
    setStatus((s) => ({ n: (s?.n ?? 0) + 1, text, manual }));
  const copy = async () => {
    const link = await levelLink(custom, seed());
    if (!link) return say(t('title.linkTooLong'));
    try {
      await navigator.clipboard.writeText(link);
      say(t('title.linkCopied'));
    } catch {
      say(t('title.linkManual'), link);
    }
  };
  return [() => void copy(), status];
}

function LinkStatus({ status }: { status: CopyStatus | null }) {
  const { t } = useUi();
  const out = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    out.current?.select();
  }, [status]);
  return (
    <div class="link-status" role="status">
      {status ? <p key={`said-${status.n}`}>{status.text}</p> : null}
      {status?.manual ? (
        <input
          key={`link-${status.n}`}
          class="level-link-out"
          readOnly
          defaultValue={status.manual}
          aria-label={t('title.linkManual')}
          ref={out}
        />
      ) : null}
    </div>
  );
}
