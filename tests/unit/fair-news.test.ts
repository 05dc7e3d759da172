// What the fair says to screen readers (src/ui/fair-news.ts), on a fair of The Fair played by
// the team's own work (ticks) through a real session store: what the team signed and the leads
// it made, said at most every few seconds and not while a conversation card is open, and
// nothing when nothing new happened.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n';
import { shippedLevel } from '../../src/levels/registry';
import { runBot } from '../../src/sim';
import { createSession, type SessionStore } from '../../src/store/session';
import { defaultSettings } from '../../src/store/settings';
import { memoryStorage } from '../../src/store/storage';
import type { Ui } from '../../src/ui/context';
import { fairNews } from '../../src/ui/fair-news';
import { fairTakings } from '../../src/view/fair';

const t = translator('en');
const botGame = runBot(shippedLevel('the-fair'), '42', 'listener');

/** A session store at the start of the fair, planned as the listener bot plans it. */
function atFair(): SessionStore {
  const store = createSession({ storage: memoryStorage(), defaults: defaultSettings(), resume: false });
  expect(store.getState().startLevel('the-fair', '42')).toBe(true);
  store.getState().beginPlay();
  let i = 0;
  for (; store.getState().game?.state.phase !== 'fair'; i++) {
    const cmd = botGame.log[i];
    if (!cmd) throw new Error('the bot never reached the fair');
    expect(store.getState().dispatch(cmd).ok).toBe(true);
  }
  return store;
}

/** Moves the fair on tick by tick until the booth's team has signed an order or made a lead. */
function untilTakingsGrow(store: SessionStore): void {
  const takings = () => {
    const g = store.getState().game;
    if (g?.state.phase !== 'fair') throw new Error('no takings at the fair');
    return JSON.stringify(fairTakings(g));
  };
  const before = takings();
  while (takings() === before) expect(store.getState().dispatch({ type: 'advance', steps: 1 }).ok).toBe(true);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('what the fair says', () => {
  it('says what the team signed and the leads it made, then waits a few seconds before saying more', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const store = atFair();
    const said: string[] = [];
    const ui: Ui = { store, lang: 'en', t, announce: (text) => said.push(text) };
    const news = fairNews(ui, store.getState());
    news(store.getState());
    expect(said).toEqual([]);
    untilTakingsGrow(store);
    news(store.getState());
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/signed|lead/);
    untilTakingsGrow(store);
    news(store.getState());
    expect(said).toHaveLength(1);
    vi.advanceTimersByTime(5000);
    news(store.getState());
    expect(said).toHaveLength(2);
    expect(said[1]).toMatch(/signed|lead/);
  });

  it('counts silently while a conversation card is open', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const store = atFair();
    const said: string[] = [];
    const news = fairNews({ store, lang: 'en', t, announce: (text) => said.push(text) }, store.getState());
    untilTakingsGrow(store);
    news({ ...store.getState(), selectedVisitor: 0 });
    news(store.getState());
    expect(said).toEqual([]);
  });
});
