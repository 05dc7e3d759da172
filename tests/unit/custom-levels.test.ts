// Levels of one's own in the store: a level opened from a file plays, is saved with the game
// and checked again on resume (a tampered one is refused with a reason); a level that changes
// on disk restarts the game on it at the start of the phase, else the season, else the start;
// a level travels in a link's fragment and comes back equal, and a damaged link says so.
import { describe, expect, it } from 'vitest';
import { levelFragment, readLevelFragment } from '../../src/levels/level-link';
import { parseLevelData } from '../../src/levels/load';
import { checkLevelText, openLevelLink } from '../../src/levels/open';
import { shippedLevel } from '../../src/levels/registry';
import type { Level } from '../../src/levels/schema';
import { botDecide, botStream, gameHash, newGame } from '../../src/sim';
import { restartOnLevel } from '../../src/store/restart';
import { readSave, SAVE_KEY } from '../../src/store/saves';
import { createSession } from '../../src/store/session';
import { defaultSettings } from '../../src/store/settings';
import { memoryStorage } from '../../src/store/storage';

function variant(): Level {
  const level = structuredClone(shippedLevel('the-fair'));
  level.id = 'my-fair';
  level.name = { en: 'My Fair', nl: 'Mijn Beurs' };
  return level;
}

/** A game of the level played by a bot until it reaches the given season and phase. */
function playTo(level: Level, season: number, phase: string) {
  const game = newGame(level, '5');
  const rng = botStream('5', 'listener');
  for (let i = 0; i < 5000 && !(game.state.season === season && game.state.phase === phase); i++)
    botDecide(game, 'listener', rng, { events: null, fairTicks: 8 });
  expect(game.state.season).toBe(season);
  expect(game.state.phase).toBe(phase);
  return game;
}

describe('a level of one’s own', () => {
  it('is checked with the command line’s messages', () => {
    const bad = checkLevelText('mine.json', '{"schemaVersion": 2, "id": "Bad Id"}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.lines.every((l) => l.startsWith('mine.json: /'))).toBe(true);
    const good = checkLevelText('mine.json', `\uFEFF${JSON.stringify(variant())}`);
    expect(good.ok && good.level.id).toBe('my-fair');
  });

  it('plays, saves with the game and resumes only after being checked again', () => {
    const storage = memoryStorage();
    const store = createSession({ storage, defaults: defaultSettings() });
    store.getState().startCustom({ file: 'my-fair.json', level: variant() }, '9');
    const st = store.getState();
    expect(st.customGame).toBe(true);
    expect(st.game?.level.id).toBe('my-fair');
    st.beginPlay();
    const saved = JSON.parse(storage.getItem(SAVE_KEY) ?? '{}');
    expect(saved.custom.file).toBe('my-fair.json');

    // Without the checker the level cannot be trusted: refused, with the file named.
    const unchecked = readSave(storage);
    expect(unchecked).toMatchObject({ ok: false, reason: 'unknown-level', detail: 'my-fair.json' });
    const back = createSession({
      storage,
      defaults: defaultSettings(),
      resume: true,
      checkLevel: parseLevelData,
    });
    expect(back.getState().customGame).toBe(true);
    expect(back.getState().custom?.level.name.en).toBe('My Fair');
    expect(gameHash(back.getState().game as never)).toBe(gameHash(st.game as never));

    // A tampered level in the save is refused.
    saved.custom.level.seasons = 'many';
    storage.setItem(SAVE_KEY, JSON.stringify(saved));
    expect(readSave(storage, parseLevelData)).toMatchObject({ ok: false, reason: 'unknown-level' });
  });

  it('starting a shipped level afterwards plays the shipped level and keeps the own one offered', () => {
    const store = createSession({ storage: memoryStorage(), defaults: defaultSettings() });
    store.getState().startCustom({ file: 'my-fair.json', level: variant() });
    store.getState().startLevel('tutorial');
    expect(store.getState().customGame).toBe(false);
    expect(store.getState().custom?.file).toBe('my-fair.json');
  });
});

describe('restarting on a changed level', () => {
  it('restarts at the start of the phase the player was in, on the same seed', () => {
    const level = shippedLevel('the-fair');
    const old = playTo(level, 1, 'after');
    const changed = structuredClone(level);
    changed.model.proposalCost += 100;
    const r = restartOnLevel(old, changed);
    expect(r.at).toBe('phase');
    expect(r.game.state.season).toBe(1);
    expect(r.game.state.phase).toBe('after');
    expect(r.game.state.seed).toBe('5');
    expect(r.game.level).toBe(changed);
    expect(r.game.state.week).toBe(0);
  });

  it('falls back to the season start, then the beginning, when earlier choices no longer fit', () => {
    const level = shippedLevel('the-fair');
    const old = playTo(level, 1, 'fair');
    // Fewer staff: the season's plan (which used the old team) no longer fits.
    const smaller = structuredClone(level);
    smaller.team.staff = 1;
    const r = restartOnLevel(old, smaller);
    expect(['season', 'start']).toContain(r.at);
    expect(r.game.log.length).toBeLessThan(old.log.length);
    if (r.at === 'season') expect(r.game.state.season).toBe(1);
    else expect(r.game.log).toEqual([]);
  });

  it('in the store: restarts the game that plays the file, says so, and leaves others alone', () => {
    const store = createSession({ storage: memoryStorage(), defaults: defaultSettings() });
    store.getState().startLevel('the-fair', '5');
    store.getState().beginPlay();
    const changed = structuredClone(shippedLevel('the-fair'));
    changed.model.proposalCost += 1;
    store.getState().levelChanged('levels/tutorial.json', shippedLevel('tutorial'));
    expect(store.getState().notices).toEqual([]);
    store.getState().levelChanged('levels/the-fair.json', changed);
    expect(store.getState().game?.level).toBe(changed);
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'level-reloaded',
      file: 'levels/the-fair.json',
      at: 'phase',
    });
  });

  it('a fixed file clears its problems', () => {
    const store = createSession({ storage: memoryStorage(), defaults: defaultSettings() });
    store.getState().reportLevel('levels/the-fair.json', ['levels/the-fair.json: /seasons: too big'], true);
    expect(store.getState().levelReports).toHaveLength(1);
    store.getState().levelChanged('levels/the-fair.json', shippedLevel('the-fair'));
    expect(store.getState().levelReports).toEqual([]);
  });
});

describe('a level in a link', () => {
  it('comes back equal, with its seed', async () => {
    const level = variant();
    const fragment = await levelFragment(level, 'w-7');
    expect(fragment.length).toBeLessThan(12_000);
    const read = await readLevelFragment(`#${fragment}`);
    // The game's own reply lines stay out of the link; read back, the level gets them again.
    const sent = JSON.parse(JSON.stringify(level));
    delete sent.people.replies;
    expect(read).toEqual({ ok: true, data: sent, seed: 'w-7' });
    const parsed = read.ok ? parseLevelData(read.data) : null;
    expect(parsed?.ok && parsed.level).toEqual(level);
    // A level with lines of its own keeps them in the link.
    const own = structuredClone(level);
    own.people.replies.after.heard = { en: ['Our own line.'], nl: ['Onze eigen regel.'] };
    const back = await readLevelFragment(`#${await levelFragment(own)}`);
    expect(back.ok && (back.data as Level).people.replies.after.heard.en).toEqual(['Our own line.']);
    const opened = await openLevelLink(`#${fragment}`);
    expect(opened.ok && opened.level.id).toBe('my-fair');
  });

  it('damaged, cut or oversized links are refused with a reason', async () => {
    const fragment = await levelFragment(variant());
    for (const bad of [
      '#level=',
      '#level=!!!',
      `#${fragment.slice(0, 200)}`,
      `#level=${'A'.repeat(70_000)}`,
    ]) {
      const read = await readLevelFragment(bad);
      expect(read.ok, bad.slice(0, 30)).toBe(false);
    }
    const notALevel = await levelFragment({ hello: 'world' });
    const opened = await openLevelLink(`#${notALevel}`);
    expect(opened.ok).toBe(false);
    if (!opened.ok && 'lines' in opened) expect(opened.lines[0]).toMatch(/^link: \//);
  });
});
