// What the sim remembers beside the state to run faster (exp-memo.ts, lead-index.ts) never
// changes a result: the memo returns Math.exp exactly, the lead index finds what a scan of the
// season's leads finds, and games played in alternation end as each does alone.
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { BOT_NAMES, type BotName, botDecide, botStream, runBot } from '../../src/sim/bots';
import { ExpMemo } from '../../src/sim/exp-memo';
import { type Game, gameHash, newGame, resumeGame } from '../../src/sim/game';
import { openLeadOf } from '../../src/sim/lead-index';
import type { RngState } from '../../src/sim/rng';
import type { Lead, SimState } from '../../src/sim/state';
import { gameAtFair } from './helpers';

const L = shippedLevel('the-fair');

/** The open lead of the season for a pair, by scanning from the newest lead back. */
function scanned(s: SimState, a: number, sup: number): Lead | null {
  for (let i = s.leads.length - 1; i >= 0; i--) {
    const lead = s.leads[i] as Lead;
    if (lead.season !== s.season) break;
    if (lead.account === a && lead.supplier === sup && lead.status === 'open') return lead;
  }
  return null;
}

function everyPairAgrees(s: SimState): number {
  let found = 0;
  for (let a = 0; a < s.accounts.length; a++)
    for (let sup = 0; sup < s.suppliers.length; sup++) {
      const lead = openLeadOf(s, a, sup);
      expect(lead).toBe(scanned(s, a, sup));
      if (lead) found++;
    }
  return found;
}

describe('ExpMemo', () => {
  it('returns exactly Math.exp, whatever it saw before in the slot', () => {
    const memo = new ExpMemo();
    const xs = [
      0,
      -0,
      1,
      1,
      0.1 + 0.2,
      0.3,
      -745.2,
      709.9,
      710,
      Number.NaN,
      Number.NaN,
      -Infinity,
      Infinity,
      1e-300,
    ];
    for (let round = 0; round < 3; round++)
      for (let k = 0; k < xs.length; k++) {
        const x = xs[k] as number;
        for (const slot of [0, k, 5000 + k]) expect(Object.is(memo.exp(slot, x), Math.exp(x))).toBe(true);
      }
  });
});

describe('openLeadOf', () => {
  it('finds what a scan of the season’s leads finds, during the fair, after it and after a restore', () => {
    const game = gameAtFair(L, 'lead-index', { booth: 'large', pitchShare: 0.2 });
    const r = botStream('lead-index', 'listener');
    let checks = 0;
    while (game.state.phase !== 'ended' && checks < 12) {
      botDecide(game, 'listener', r, { fairTicks: 24 });
      everyPairAgrees(game.state);
      // A saved and restored state (a new leads list) and a closed lead do not fool it.
      const copy = JSON.parse(JSON.stringify(game.state)) as SimState;
      const open = [...copy.leads].reverse().find((l) => l.season === copy.season && l.status === 'open');
      if (open) open.status = 'cold';
      everyPairAgrees(copy);
      checks++;
    }
    expect(checks).toBe(12);
    expect(game.state.leads.length).toBeGreaterThan(20);
  });
});

describe('games in alternation', () => {
  it('nine games stepped in turn, every 37th step’s game restored from a save, end as each alone', () => {
    const bots: BotName[] = ['attentive', 'random'];
    for (const bot of BOT_NAMES.filter((b) => b !== 'listener')) bots.push(bot);
    const alone = bots.map((bot, k) => gameHash(runBot(L, `turns-${k}`, bot)));
    const games: { game: Game; r: RngState; bot: BotName }[] = bots.map((bot, k) => ({
      game: newGame(L, `turns-${k}`),
      r: botStream(`turns-${k}`, bot),
      bot,
    }));
    let step = 0;
    while (games.some((g) => g.game.state.phase !== 'ended')) {
      for (const g of games) {
        if (g.game.state.phase === 'ended') continue;
        botDecide(g.game, g.bot, g.r, { fairTicks: 7 });
        if (++step % 37 === 0) {
          const copy = JSON.parse(JSON.stringify(g.game.state)) as SimState;
          g.game = resumeGame(L, copy, g.game.log);
        }
      }
    }
    expect(games.map((g) => gameHash(g.game))).toEqual(alone);
  });
});
