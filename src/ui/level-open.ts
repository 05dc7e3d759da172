// Opening a level of one's own: from the title's file button, a file dropped on the page, or
// a link's fragment. The checker (the validator and the link codec) is imported on first use
// only. A good level goes through the store's link offer (which asks before replacing a game
// in progress); a bad one shows every problem in the level panel.
import type { CustomLevel, SessionStore } from '../store/session';

const checker = () => import('../levels/open');

export async function openLevelFile(store: SessionStore, file: File): Promise<void> {
  const st = store.getState();
  let res: Awaited<ReturnType<Awaited<ReturnType<typeof checker>>['openLevelFile']>>;
  try {
    res = await (await checker()).openLevelFile(file);
  } catch {
    res = {
      ok: false,
      file: file.name,
      lines: [`${file.name}: /: the level checker could not be loaded (reload the page)`],
    };
  }
  if (!res.ok) {
    st.reportLevel(res.file, res.lines);
    return;
  }
  st.reportLevel(res.file, null);
  st.openLink({
    level: res.level.id,
    custom: { file: res.file, level: res.level },
    seed: null,
    bot: null,
    max: false,
  });
}

/** Opens the level in the page's fragment (#level=…), then takes it out of the address. */
export async function openLevelInFragment(store: SessionStore, hash: string): Promise<void> {
  if (!/^#level=/.test(hash)) return;
  let res: Awaited<ReturnType<Awaited<ReturnType<typeof checker>>['openLevelLink']>>;
  try {
    res = await (await checker()).openLevelLink(hash);
  } catch {
    res = { ok: false, reason: 'the level checker could not be loaded (reload the page)' };
  }
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  const st = store.getState();
  if ('reason' in res) st.addNotice({ kind: 'link-level-broken', detail: res.reason });
  else if (!res.ok) st.reportLevel(res.file, res.lines);
  else {
    const custom: CustomLevel = { file: res.file, level: res.level };
    st.openLink({ level: res.level.id, custom, seed: res.seed, bot: null, max: false });
  }
}

/** The address that opens this level on this seed, or null when it is too long for a link. */
export async function levelLink(custom: CustomLevel, seed: string): Promise<string | null> {
  const { levelFragment, MAX_LINK_CHARS } = await checker();
  const fragment = await levelFragment(custom.level, seed);
  if (fragment.length > MAX_LINK_CHARS) return null;
  return `${location.origin}${location.pathname}#${fragment}`;
}

/** Drag a .json file onto the page to play it. */
export function installLevelDrop(root: HTMLElement, store: SessionStore): () => void {
  const hasFile = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  const over = (e: DragEvent) => {
    if (!hasFile(e)) return;
    e.preventDefault();
    root.dataset.drop = 'on';
  };
  const leave = (e: DragEvent) => {
    if (e.relatedTarget === null) delete root.dataset.drop;
  };
  const drop = (e: DragEvent) => {
    if (!hasFile(e)) return;
    e.preventDefault();
    delete root.dataset.drop;
    const file = e.dataTransfer?.files[0];
    if (file) void openLevelFile(store, file);
  };
  window.addEventListener('dragover', over);
  window.addEventListener('dragleave', leave);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragover', over);
    window.removeEventListener('dragleave', leave);
    window.removeEventListener('drop', drop);
  };
}
