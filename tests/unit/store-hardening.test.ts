// The store against saves and links that try to break it: level names that are members of
// Object.prototype, huge values, a storage that refuses to save, and a link that would replace
// a game in progress (it asks first).
import { describe, expect, it } from 'vitest';
import { loadShippedLevel } from '../../src/levels/registry';
import { gameHash } from '../../src/sim';
import { SAVE_KEY } from '../../src/store/saves';
import { createSession, type Notice } from '../../src/store/session';
import { defaultSettings } from '../../src/store/settings';
import { type KeyValueStorage, memoryStorage } from '../../src/store/storage';

const open = (storage: KeyValueStorage) =>
  createSession({ storage, defaults: defaultSettings(), resume: true });

/** A storage whose writes of the save fail (quota exceeded) until told otherwise. */
function fullStorage(): KeyValueStorage & { full: boolean } {
  const inner = memoryStorage();
  const s = {
    full: true,
    getItem: (k: string) => inner.getItem(k),
    setItem: (k: string, v: string) => {
      if (s.full) throw new DOMException('quota', 'QuotaExceededError');
      inner.setItem(k, v);
    },
    removeItem: (k: string) => inner.removeItem(k),
  };
  return s;
}

describe('saves naming Object.prototype members', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'])(
    'a save of level "%s" is an unknown level, cleared, and the game starts',
    (name) => {
      expect(loadShippedLevel(name)).toBeUndefined();
      const storage = memoryStorage();
      const ok = open(storage);
      ok.getState().startLevel('tutorial');
      const save = JSON.parse(storage.getItem(SAVE_KEY) ?? '{}');
      storage.setItem(SAVE_KEY, JSON.stringify({ ...save, level: name }));
      const store = open(storage);
      expect(store.getState().game).toBeNull();
      expect(store.getState().notices[0]).toMatchObject({ kind: 'save-unknown-level' });
      expect(storage.getItem(SAVE_KEY)).toBeNull();
    },
  );

  it('a 2 MB level name is cut to a readable length in the notice', () => {
    const storage = memoryStorage();
    open(storage).getState().startLevel('tutorial');
    const save = JSON.parse(storage.getItem(SAVE_KEY) ?? '{}');
    storage.setItem(SAVE_KEY, JSON.stringify({ ...save, level: 'x'.repeat(2_000_000) }));
    const n = open(storage).getState().notices[0] as Extract<Notice, { detail: string }>;
    expect(n.kind).toBe('save-unknown-level');
    expect(n.detail.length).toBeLessThanOrEqual(41);
    expect(n.detail.endsWith('…')).toBe(true);
  });
});

describe('a save that cannot be written', () => {
  it('says so once, and again after saving worked in between', () => {
    const storage = fullStorage();
    const store = open(storage);
    store.getState().startLevel('tutorial');
    store.getState().beginPlay();
    const failed = () => store.getState().notices.filter((n) => n.kind === 'save-failed').length;
    expect(failed()).toBe(1);
    store.getState().toTitle();
    expect(failed()).toBe(1);
    storage.full = false;
    store.getState().beginPlay();
    expect(storage.getItem(SAVE_KEY)).not.toBeNull();
    storage.full = true;
    store.getState().toTitle();
    expect(failed()).toBe(2);
  });
});

describe('a link while a game is in progress', () => {
  function inProgress() {
    const storage = memoryStorage();
    const store = open(storage);
    store.getState().startLevel('the-fair', '3');
    store.getState().beginPlay();
    const g = store.getState().game;
    if (!g) throw new Error('no game');
    store.getState().dispatch({
      type: 'plan',
      booth: 'small',
      focus: 'conversation',
      pitchers: 0,
      listeners: 2,
      showInnovations: false,
      revenueTarget: 1e12,
      costCap: 1e12,
    });
    expect(g.log.length).toBe(1);
    return { storage, hash: gameHash(g) };
  }

  it('asks before replacing it, and keeps it when told to', () => {
    const { storage, hash } = inProgress();
    const saved = storage.getItem(SAVE_KEY);
    const store = open(storage);
    store.getState().openLink({ level: 'tutorial', seed: '42', bot: null, max: false });
    expect(store.getState().linkOffer).toMatchObject({ level: 'tutorial', seed: '42' });
    expect(store.getState().screen).toBe('title');
    expect(storage.getItem(SAVE_KEY)).toBe(saved);
    store.getState().answerLink(false);
    expect(store.getState().linkOffer).toBeNull();
    const g = store.getState().game;
    expect(g && gameHash(g)).toBe(hash);
    expect(storage.getItem(SAVE_KEY)).toBe(saved);
  });

  it('replaces it when the player agrees', () => {
    const { storage } = inProgress();
    const store = open(storage);
    store.getState().openLink({ level: 'tutorial', seed: '42', bot: null, max: false });
    store.getState().answerLink(true);
    expect(store.getState().game?.level.id).toBe('tutorial');
    expect(store.getState().game?.state.seed).toBe('42');
    expect(store.getState().screen).toBe('briefing');
  });

  it('opens at once when no game is in progress', () => {
    const store = open(memoryStorage());
    store.getState().openLink({ level: 'tutorial', seed: null, bot: 'listener', max: true });
    expect(store.getState().linkOffer).toBeNull();
    expect(store.getState().bot?.name).toBe('listener');
  });
});
