// The session store: starting a level, dispatching commands, the fixed-step clock, pausing
// while a card is open, saving and resuming, and clear notices for damaged or outdated saves.
import { describe, expect, it } from 'vitest';
import { type Command, gameHash, planLimits } from '../../src/sim';
import { SAVE_KEY } from '../../src/store/saves';
import { createSession } from '../../src/store/session';
import { defaultSettings, SETTINGS_KEY } from '../../src/store/settings';
import { memoryStorage } from '../../src/store/storage';

function session(storage = memoryStorage(), resume = true) {
  return { storage, store: createSession({ storage, defaults: defaultSettings(), resume }) };
}

function planFor(store: ReturnType<typeof session>['store']): Command {
  const game = store.getState().game;
  if (!game) throw new Error('no game');
  const limits = planLimits({ L: game.level, s: game.state, ev: null });
  return {
    type: 'plan',
    booth: 'small',
    focus: 'conversation',
    pitchers: 0,
    listeners: limits.slots.small,
    showInnovations: false,
    revenueTarget: limits.minTarget,
    costCap: limits.plannedCost.small + 10 * game.level.model.proposalCost,
  };
}

describe('session store', () => {
  it('starts a level on the briefing and plays after beginPlay', () => {
    const { store } = session();
    expect(store.getState().screen).toBe('title');
    expect(store.getState().startLevel('the-fair', '42')).toBe(true);
    expect(store.getState().screen).toBe('briefing');
    expect(store.getState().game?.state.seed).toBe('42');
    store.getState().beginPlay();
    expect(store.getState().screen).toBe('play');
  });

  it('refuses an unknown level with a notice', () => {
    const { store } = session();
    expect(store.getState().startLevel('no-such-level')).toBe(false);
    expect(store.getState().notices.some((n) => n.kind === 'level-invalid')).toBe(true);
    expect(store.getState().game).toBeNull();
  });

  it('dispatches valid commands, reports invalid ones and bumps the version', () => {
    const { store } = session();
    store.getState().startLevel('the-fair', '1');
    const v0 = store.getState().version;
    const bad = store.getState().dispatch({ type: 'advance', steps: 1 });
    expect(bad).toEqual({ ok: false, error: 'wrong-phase', events: [] });
    expect(store.getState().lastError).toBe('wrong-phase');
    const ok = store.getState().dispatch(planFor(store));
    expect(ok.ok).toBe(true);
    // The caller gets the events its own decision caused, the same the world will draw.
    expect(ok.events.some((e) => e.t === 'phase')).toBe(true);
    expect(store.getState().pending.slice(-ok.events.length)).toEqual(ok.events);
    expect(store.getState().version).toBeGreaterThan(v0);
    expect(store.getState().game?.state.phase).toBe('fair');
    expect(store.getState().pending.some((e) => e.t === 'phase')).toBe(true);
    expect(store.getState().drainEvents().length).toBeGreaterThan(0);
    expect(store.getState().pending).toEqual([]);
    // Even once the world has drawn them: a step's events come back with the step.
    const step = store.getState().dispatch({ type: 'advance', steps: 20 });
    expect(step.ok && step.steps).toBe(20);
    store.getState().drainEvents();
    expect(step.events.some((e) => e.t === 'arrive')).toBe(true);
  });

  it('advances the fair by fixed steps from elapsed time, not frames', () => {
    const { store } = session();
    store.getState().startLevel('the-fair', '1');
    store.getState().beginPlay();
    store.getState().dispatch(planFor(store));
    const tick0 = store.getState().game?.state.tick ?? -1;
    for (let i = 0; i < 10; i++) store.getState().tick(250); // 2.5 s at 1×: 2 ticks
    expect(store.getState().game?.state.tick).toBe(tick0 + 2);
    store.getState().setSetting('speed', 4);
    for (let i = 0; i < 4; i++) store.getState().tick(250); // 1 s at 4×: 4 ticks
    expect(store.getState().game?.state.tick).toBe(tick0 + 6);
  });

  it('waits while paused or while a conversation card is open', () => {
    const { store } = session();
    store.getState().startLevel('the-fair', '1');
    store.getState().beginPlay();
    store.getState().dispatch(planFor(store));
    const t0 = store.getState().game?.state.tick;
    store.getState().setPaused(true);
    store.getState().tick(5000);
    expect(store.getState().game?.state.tick).toBe(t0);
    store.getState().setPaused(false);
    store.getState().selectVisitor(0);
    store.getState().tick(5000);
    expect(store.getState().game?.state.tick).toBe(t0);
    store.getState().selectVisitor(-1);
    store.getState().tick(1000);
    expect(store.getState().game?.state.tick).toBe((t0 ?? 0) + 1);
  });

  it('saves and resumes the same game after a reload', () => {
    const { store, storage } = session();
    store.getState().startLevel('the-fair', '9');
    store.getState().beginPlay();
    store.getState().dispatch(planFor(store));
    store.getState().dispatch({ type: 'advance', steps: 17 });
    store.getState().dispatch({ type: 'advance', steps: 1 });
    const game = store.getState().game;
    if (!game) throw new Error('no game');
    const hash = gameHash(game);
    const again = createSession({ storage, defaults: defaultSettings(), resume: true });
    const resumed = again.getState().game;
    expect(resumed && gameHash(resumed)).toBe(hash);
    expect(again.getState().screen).toBe('play');
    expect(again.getState().notices).toContainEqual({ kind: 'resumed' });
  });

  it('turns a corrupted save into a notice and a fresh start', () => {
    for (const text of ['{not json', '{"app":"something-else"}', 'null']) {
      const storage = memoryStorage();
      storage.setItem(SAVE_KEY, text);
      const { store } = session(storage);
      expect(store.getState().game).toBeNull();
      expect(store.getState().screen).toBe('title');
      expect(store.getState().notices[0]?.kind).toBe('save-corrupt');
      expect(storage.getItem(SAVE_KEY)).toBeNull();
    }
  });

  it('detects a tampered save by its hash', () => {
    const { store, storage } = session();
    store.getState().startLevel('the-fair', '9');
    store.getState().beginPlay();
    store.getState().dispatch(planFor(store));
    const save = JSON.parse(storage.getItem(SAVE_KEY) ?? '{}');
    save.seed = '10';
    storage.setItem(SAVE_KEY, JSON.stringify(save));
    const again = createSession({ storage, defaults: defaultSettings(), resume: true });
    expect(again.getState().game).toBeNull();
    expect(again.getState().notices[0]?.kind).toBe('save-corrupt');
  });

  it('calls a save from an older version outdated and one from a newer version newer', () => {
    for (const [simVersion, kind] of [
      [0, 'save-outdated'],
      [999, 'save-newer'],
    ] as const) {
      const { store, storage } = session();
      store.getState().startLevel('tutorial');
      const save = JSON.parse(storage.getItem(SAVE_KEY) ?? '{}');
      save.simVersion = simVersion;
      storage.setItem(SAVE_KEY, JSON.stringify(save));
      const again = createSession({ storage, defaults: defaultSettings(), resume: true });
      expect(again.getState().notices[0]?.kind).toBe(kind);
    }
  });

  it('remembers settings and ignores broken ones field by field', () => {
    const storage = memoryStorage();
    storage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ lang: 'nl', sound: 'loud', speed: 3, textSize: 'larger' }),
    );
    const { store } = session(storage);
    const s = store.getState().settings;
    expect(s.lang).toBe('nl');
    expect(s.sound).toBe(true);
    expect(s.speed).toBe(1);
    expect(s.textSize).toBe('larger');
    store.getState().setSetting('sound', false);
    const again = createSession({ storage, defaults: defaultSettings(), resume: false });
    expect(again.getState().settings.sound).toBe(false);
  });

  it('lets a bot play the game to the end at max speed', () => {
    const { store } = session();
    store.getState().startLevel('tutorial', 'abc');
    store.getState().beginPlay();
    store.getState().startBot('listener', true);
    for (let i = 0; i < 2000 && store.getState().game?.state.phase !== 'ended'; i++)
      store.getState().tick(16);
    expect(store.getState().game?.state.phase).toBe('ended');
  });
});

describe('session store, watching a bot', () => {
  it('pauses a bot’s game like any other', () => {
    const storage = memoryStorage();
    const store = createSession({ storage, defaults: defaultSettings(), resume: false });
    store.getState().startLevel('tutorial', 'abc');
    store.getState().beginPlay();
    store.getState().startBot('listener', false);
    store.getState().setPaused(true);
    for (let i = 0; i < 50; i++) store.getState().tick(1000);
    expect(store.getState().game?.log.length).toBe(0);
    store.getState().setPaused(false);
    for (let i = 0; i < 50; i++) store.getState().tick(1000);
    expect(store.getState().game?.log.length).toBeGreaterThan(0);
  });
});
