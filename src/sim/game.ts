// A game: the level, the state and the log of every command applied. Commands are validated,
// applied by pure step functions and appended to the log (consecutive 'advance' commands
// merge), so `{ simVersion, level, seed, commands }` replays the game exactly.
import type { Level } from '../levels/schema';
import { type Command, type CommandError, commandError, plainCommand } from './commands';
import type { Ctx } from './context';
import type { SimEvent } from './events';
import { handleVisitor, stepFair } from './fair';
import { hashState } from './hash';
import { improve } from './improvements';
import { passOffSeason } from './market';
import { sendProposal } from './proposals';
import { beginSeason, finishFair, stepWeek } from './season';
import { isValidSeed } from './seed';
import type { Phase, SimState } from './state';
import { SIM_VERSION } from './version';
import { createState } from './world';

export interface Game {
  readonly level: Level;
  state: SimState;
  log: Command[];
  /** True when the last logged command is an advance that stayed within its phase. */
  openAdvance: boolean;
  /**
   * Counts the commands that changed the game (not part of the state, its hash or a replay):
   * what the screens' view models are memoized on.
   */
  revision: number;
}

export type ApplyResult = { ok: true; steps: number } | { ok: false; error: CommandError };

/**
 * What replays a game: the level id, the seed and the commands; optionally the hashes the
 * game claims it reached (its final hash and each ended season's), which a replay checks.
 */
export interface Replay {
  simVersion: number;
  level: string;
  seed: string;
  commands: Command[];
  hash?: string;
  seasonHashes?: string[];
}

export function newGame(level: Level, seed: string): Game {
  return { level, state: createState(level, seed), log: [], openAdvance: false, revision: 0 };
}

/** A game continued from a saved state and its log. */
export function resumeGame(level: Level, state: SimState, log: Command[]): Game {
  return { level, state, log, openAdvance: false, revision: 0 };
}

function advance(ctx: Ctx, steps: number): number {
  const { s } = ctx;
  const start: Phase = s.phase;
  let done = 0;
  while (done < steps && s.phase === start) {
    done++;
    if (start === 'fair') {
      if (stepFair(ctx)) finishFair(ctx);
    } else stepWeek(ctx);
  }
  return done;
}

/**
 * Validates and applies a command; on success it is appended to the log. The command is first
 * copied into plain data, so the copy is what is checked, applied and logged.
 */
export function apply(game: Game, cmd: Command, events: SimEvent[] | null = null): ApplyResult {
  const ctx: Ctx = { L: game.level, s: game.state, ev: events };
  const copy = plainCommand(cmd);
  if (!copy) return { ok: false, error: 'bad-command' };
  const error = commandError(ctx, copy);
  if (error) return { ok: false, error };
  const clean = copy as unknown as Command;
  game.revision += 1;
  switch (clean.type) {
    case 'plan': {
      const { type: _type, ...plan } = clean;
      beginSeason(ctx, { ...plan, inviteCeo: plan.inviteCeo === true });
      break;
    }
    case 'advance': {
      const phase = game.state.phase;
      const done = advance(ctx, clean.steps);
      const last = game.log[game.log.length - 1];
      if (game.openAdvance && last?.type === 'advance') last.steps += done;
      else game.log.push({ type: 'advance', steps: done });
      game.openAdvance = game.state.phase === phase;
      return { ok: true, steps: done };
    }
    case 'handle':
      handleVisitor(ctx, clean.visitor, clean.action);
      break;
    case 'followUp': {
      const lead = game.state.leads[clean.lead];
      if (lead) sendProposal(ctx, lead);
      break;
    }
    case 'improve':
      improve(ctx, clean.choice);
      passOffSeason(ctx);
      game.state.season += 1;
      game.state.week = 0;
      game.state.phase = 'plan';
      events?.push({ t: 'phase', phase: 'plan' });
      break;
  }
  game.log.push(clean);
  game.openAdvance = false;
  return { ok: true, steps: 0 };
}

export type ReplayResult = { ok: true; game: Game } | { ok: false; error: string; at: number };

/** Plays a command log from the start; stops at the first command that does not apply. */
export function replay(level: Level, r: Replay): ReplayResult {
  if (r.simVersion !== SIM_VERSION) return { ok: false, error: 'sim-version', at: -1 };
  if (r.level !== level.id) return { ok: false, error: 'level-mismatch', at: -1 };
  if (typeof r.seed !== 'string' || !isValidSeed(r.seed)) return { ok: false, error: 'bad-seed', at: -1 };
  if (!Array.isArray(r.commands)) return { ok: false, error: 'bad-command', at: -1 };
  const game = newGame(level, r.seed);
  for (let i = 0; i < r.commands.length; i++) {
    const res = apply(game, r.commands[i] as Command);
    if (!res.ok) return { ok: false, error: res.error, at: i };
  }
  return { ok: true, game };
}

/** The hashes of the seasons that have ended, in order. */
export function seasonHashes(game: Game): string[] {
  return game.state.history.filter((h) => h.hash !== '').map((h) => h.hash);
}

/** The replay record of a game, with the hashes it reached (a replay checks them). */
export function toReplay(game: Game): Replay {
  return {
    simVersion: SIM_VERSION,
    level: game.level.id,
    seed: game.state.seed,
    commands: game.log.map((c) => ({ ...c })),
    hash: gameHash(game),
    seasonHashes: seasonHashes(game),
  };
}

/**
 * The hash of the game's current state. A game ends at a season's end, so an ended game's
 * hash is its last season's hash (taken with the final state, before it was written down).
 */
export function gameHash(game: Game): string {
  const s = game.state;
  const last = s.history[s.history.length - 1];
  return s.phase === 'ended' && last ? last.hash : hashState(s);
}
