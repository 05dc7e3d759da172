// Determinism: the same level, seed and decisions give the same hash (bots run twice, replays of
// the log), a game saved mid-fair or mid-weeks and resumed ends identically, every strategy sees
// the same visitors on the same seed, different seeds differ, and replay() checks its header.
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import type { Level } from '../../src/levels/schema';
import { BOT_NAMES, type BotName, botDecide, botStream, runBot } from '../../src/sim/bots';
import { fairTicks } from '../../src/sim/context';
import { type Game, gameHash, newGame, replay, resumeGame, toReplay } from '../../src/sim/game';
import { hashState } from '../../src/sim/hash';
import type { RngState } from '../../src/sim/rng';
import type { SimState } from '../../src/sim/state';
import { summarize } from '../../src/sim/summary';
import { SIM_VERSION } from '../../src/sim/version';
import { levelCopy, must } from './helpers';

const L = shippedLevel('the-fair');

function finish(game: Game, bot: BotName, r: RngState): void {
  while (game.state.phase !== 'ended') botDecide(game, bot, r);
}

describe('same inputs, same game', () => {
  it.each(BOT_NAMES)('%s: two runs on the same seed give the same summary and hash', (bot) => {
    const a = summarize(runBot(L, 'twice', bot), bot);
    const b = summarize(runBot(L, 'twice', bot), bot);
    expect(b.hash).toBe(a.hash);
    expect(b).toEqual(a);
  });

  it.each(BOT_NAMES)('%s: replaying the log reproduces the final hash and every season hash', (bot) => {
    const game = runBot(L, 'replay-me', bot);
    const rec = toReplay(game);
    expect(rec).toMatchObject({ simVersion: SIM_VERSION, level: L.id, seed: 'replay-me' });
    // Through JSON, as a result code would travel.
    const res = replay(L, JSON.parse(JSON.stringify(rec)));
    if (!res.ok) throw new Error(`replay failed: ${res.error} at ${res.at}`);
    expect(gameHash(res.game)).toBe(gameHash(game));
    expect(res.game.state.history.map((h) => h.hash)).toEqual(game.state.history.map((h) => h.hash));
    expect(res.game.state.history.every((h) => /^[0-9a-f]{13,14}$/.test(h.hash))).toBe(true);
    expect(res.game.log).toEqual(game.log);
    expect(res.game.state).toEqual(game.state);
  });

  it('the final hash is the last season’s hash', () => {
    const game = runBot(L, 'last', 'listener');
    expect(gameHash(game)).toBe(game.state.history.at(-1)?.hash);
  });

  it('a replay of half a game matches the game at that point', () => {
    const game = newGame(L, 'half');
    const r = botStream('half', 'balanced');
    while (game.state.season < 2) botDecide(game, 'balanced', r);
    const res = replay(L, toReplay(game));
    if (!res.ok) throw new Error(res.error);
    expect(hashState(res.game.state)).toBe(hashState(game.state));
  });
});

describe('different inputs', () => {
  it('different seeds give different worlds and different games', () => {
    expect(hashState(newGame(L, 'seed-a').state)).not.toBe(hashState(newGame(L, 'seed-b').state));
    expect(gameHash(runBot(L, 'seed-a', 'listener'))).not.toBe(gameHash(runBot(L, 'seed-b', 'listener')));
  });

  it('different strategies on the same seed give different games', () => {
    expect(gameHash(runBot(L, 'same', 'listener'))).not.toBe(gameHash(runBot(L, 'same', 'pusher')));
  });

  it('replay() rejects a wrong simVersion or level id, and stops at an invalid command', () => {
    const rec = toReplay(runBot(L, 'header', 'listener'));
    expect(replay(L, { ...rec, simVersion: SIM_VERSION + 1 })).toEqual({
      ok: false,
      error: 'sim-version',
      at: -1,
    });
    expect(replay(L, { ...rec, level: 'some-other-level' })).toEqual({
      ok: false,
      error: 'level-mismatch',
      at: -1,
    });
    expect(replay(shippedLevel('tutorial'), rec)).toEqual({ ok: false, error: 'level-mismatch', at: -1 });
    const broken = {
      ...rec,
      commands: [...rec.commands.slice(0, 3), { type: 'advance' as const, steps: 0 }],
    };
    expect(replay(L, broken)).toEqual({ ok: false, error: 'bad-steps', at: 3 });
  });
});

/** A deep copy of a game's saved parts, as a save file would hold them. */
function save(game: Game, r: RngState) {
  return {
    state: JSON.parse(JSON.stringify(game.state)) as SimState,
    log: JSON.parse(JSON.stringify(game.log)) as Game['log'],
    r: JSON.parse(JSON.stringify(r)) as RngState,
  };
}

describe('save and restore', () => {
  /**
   * Plays a bot until `at` holds (trying a few seeds: a fired bot may never get there), saves,
   * finishes the game, then resumes the save and finishes it with the same decisions.
   */
  function saveAndResume(
    level: Level,
    seedBase: string,
    bot: BotName,
    at: (s: SimState) => boolean,
    midFairSteps = 0,
  ): { straight: Game; resumed: Game } {
    for (let attempt = 0; attempt < 20; attempt++) {
      const seed = `${seedBase}-${attempt}`;
      const game = newGame(level, seed);
      const r = botStream(seed, bot);
      while (!at(game.state) && game.state.phase !== 'ended') botDecide(game, bot, r);
      if (game.state.phase === 'ended') continue;
      if (midFairSteps > 0) {
        must(game, { type: 'advance', steps: midFairSteps });
        expect(game.state.phase).toBe('fair');
      }
      const saved = save(game, r);
      expect(hashState(saved.state)).toBe(hashState(game.state));
      finish(game, bot, r);
      const resumed = resumeGame(level, saved.state, saved.log);
      finish(resumed, bot, saved.r);
      return { straight: game, resumed };
    }
    throw new Error(`${bot} never reached the save point on 20 seeds`);
  }

  const T = fairTicks(L);
  const cases: [BotName, string, (s: SimState) => boolean, number][] = [
    [
      'random',
      'mid-fair, random bot (tick by tick)',
      (s) => s.phase === 'fair' && s.season === 1 && s.tick >= Math.floor(T / 2),
      0,
    ],
    ['listener', 'mid-fair, listener', (s) => s.phase === 'fair' && s.season === 1, Math.floor(T / 3)],
    ['balanced', 'mid-fair, balanced, first season', (s) => s.phase === 'fair', T - 5],
    ['listener', 'in the weeks after', (s) => s.phase === 'after' && s.season === 0 && s.week >= 5, 0],
    [
      'random',
      'in the weeks after, random bot',
      (s) => s.phase === 'after' && s.season === 2 && s.week >= 3,
      0,
    ],
    ['pusher', 'at the review', (s) => s.phase === 'review', 0],
  ];

  it.each(cases)('%s: %s — resumed game ends with the identical hash', (bot, _name, at, steps) => {
    const { straight, resumed } = saveAndResume(L, `save-${bot}`, bot, at, steps);
    expect(gameHash(resumed)).toBe(gameHash(straight));
    expect(resumed.state.history.map((h) => h.hash)).toEqual(straight.state.history.map((h) => h.hash));
    expect(resumed.state).toEqual(straight.state);
    // The resumed log replays to the same end, too.
    const res = replay(L, toReplay(resumed));
    if (!res.ok) throw new Error(res.error);
    expect(gameHash(res.game)).toBe(gameHash(straight));
  });

  it('a save mid-fair hashes the same as the live state and survives a second round trip', () => {
    const game = newGame(L, 'roundtrip');
    const r = botStream('roundtrip', 'random');
    while (!(game.state.phase === 'fair' && game.state.tick >= fairTicks(L) / 2)) {
      expect(game.state.phase).not.toBe('ended');
      botDecide(game, 'random', r);
    }
    const once = save(game, r);
    const twice = save(resumeGame(L, once.state, once.log), once.r);
    expect(hashState(twice.state)).toBe(hashState(game.state));
    expect(JSON.stringify(twice.state)).toBe(JSON.stringify(game.state));
  });
});

describe('the same seed is the same world for every strategy', () => {
  type Row = [number, number, number, number];
  function visitorsPerSeason(level: Level, seed: string, bot: BotName): Row[][] {
    const game = newGame(level, seed);
    const r = botStream(seed, bot);
    const out: Row[][] = [];
    while (game.state.phase !== 'ended') {
      const planning = game.state.phase === 'plan';
      botDecide(game, bot, r);
      if (planning) out.push(game.state.visitors.map((v): Row => [v.account, v.day, v.arrive, v.leave]));
    }
    return out;
  }

  /** The shipped level with a CEO who never fires, so both strategies play every season. */
  function patientLevel(): Level {
    const level = levelCopy('the-fair');
    Object.assign(level.ceo, {
      fairPenalty: 0,
      weeklySensitivity: 0,
      seasonMissPenalty: 0,
      costOverPenalty: 0,
    });
    return level;
  }

  it.each(['world-1', 'world-2'])(
    'seed %s: pusher and listener see the same visitors in every season',
    (seed) => {
      const level = patientLevel();
      const pusher = visitorsPerSeason(level, seed, 'pusher');
      const listener = visitorsPerSeason(level, seed, 'listener');
      expect(pusher).toHaveLength(level.seasons);
      expect(listener).toHaveLength(level.seasons);
      for (let k = 0; k < level.seasons; k++) {
        expect(pusher[k]?.length).toBeGreaterThan(0);
        expect(listener[k]).toEqual(pusher[k]);
      }
      // And the seasons are different fairs.
      expect(pusher[1]).not.toEqual(pusher[0]);
    },
  );

  it('on the shipped level, every bot sees the same visitors in the seasons it plays', () => {
    const all = BOT_NAMES.map((bot) => visitorsPerSeason(L, 'world-3', bot));
    const first = all[0] ?? [];
    expect(first.length).toBeGreaterThan(0);
    for (const other of all) {
      const n = Math.min(first.length, other.length);
      expect(n).toBeGreaterThan(0);
      for (let k = 0; k < n; k++) expect(other[k]).toEqual(first[k]);
    }
  });

  it('the accounts do not depend on anything but the seed', () => {
    const a = runBot(L, 'accounts', 'pusher').state.accounts;
    const b = runBot(L, 'accounts', 'listener').state.accounts;
    expect(b).toEqual(a);
  });
});
