// A Participant's seat on the server: their stored command stream and the game the server
// rebuilt from it with the project's own sim. A batch is checked command by command against
// that game (order, validity, the room's hold), so the server's totals never come from a browser.

import type { BatchAnswer, CommandBatch, ParticipantRow } from '../room/protocol';
import {
  type ApplyResult,
  apply,
  type Command,
  type Game,
  gameHash,
  plainCommand,
  summarize,
  ticksPerDay,
} from '../sim';
import type { StoredParticipant } from './storage';

export interface Seat {
  p: StoredParticipant;
  /** Every accepted command, as the browser sent it (the server's sequence). */
  commands: Command[];
  game: Game;
  /** Open live sockets of this participant on this process. */
  sockets: number;
  /** Open live sockets on other processes sharing the database (as they last said). */
  remote: number;
  /** Batches of one participant are applied one after another. */
  queue: Promise<unknown>;
}

/** A seat rebuilt from stored commands (a command that no longer applies ends the rebuild). */
export function rebuildSeat(p: StoredParticipant, game: Game, commands: readonly Command[]): Seat {
  const kept: Command[] = [];
  for (const c of commands) {
    if (!apply(game, c).ok) break;
    kept.push(c);
  }
  return { p, commands: kept, game, sockets: 0, remote: 0, queue: Promise.resolve() };
}

/** Applies commands another process stored (it checked them) to the seat's game, in order. */
export function catchUp(seat: Seat, commands: readonly Command[]): void {
  for (const c of commands) {
    if (!apply(seat.game, c).ok) break;
    seat.commands.push(c);
  }
}

/** Runs `fn` after everything queued for this seat: one change to a seat at a time. */
export function serial<T>(seat: Seat, fn: () => Promise<T>): Promise<T> {
  const run = seat.queue.then(fn);
  seat.queue = run.catch(() => undefined);
  return run;
}

const same = (a: Command, b: Command) => JSON.stringify(a) === JSON.stringify(plainCommand(b));

/** The part of a batch the seat does not hold yet; null when the batch contradicts it. */
export function newPart(seat: Seat, batch: CommandBatch): Command[] | null {
  const have = seat.commands.length;
  if (batch.from > have) return null;
  const overlap = have - batch.from;
  for (let i = 0; i < Math.min(overlap, batch.commands.length); i++) {
    if (!same(seat.commands[batch.from + i] as Command, batch.commands[i] as Command)) return null;
  }
  return batch.commands.slice(overlap);
}

export interface Applied {
  accepted: Command[];
  /** Why the first refused command was refused (null: all applied). */
  refusal: BatchAnswer | null;
}

/**
 * Applies commands to the seat's game until one is refused. `released` is the number of
 * seasons the room lets begin (a plan for a later season is held).
 */
export function applyPart(seat: Seat, part: readonly Command[], released: number): Applied {
  const accepted: Command[] = [];
  for (const cmd of part) {
    const seq = seat.commands.length + accepted.length;
    const s = seat.game.state;
    if (
      cmd &&
      typeof cmd === 'object' &&
      cmd.type === 'plan' &&
      s.phase === 'plan' &&
      s.season + 1 > released
    )
      return { accepted, refusal: { ok: false, error: 'held', seq, season: s.season + 1 } };
    const res: ApplyResult = apply(seat.game, cmd);
    if (!res.ok)
      return {
        accepted,
        refusal: { ok: false, error: 'invalid', seq, at: accepted.length, reason: res.error },
      };
    // What is kept is the checked copy: no extra fields from the browser reach storage.
    accepted.push(plainCommand(cmd) as unknown as Command);
  }
  return { accepted, refusal: null };
}

/** The monitor's row for a seat, from the server's own replay. */
export function seatRow(seat: Seat): ParticipantRow {
  const g = seat.game;
  const s = g.state;
  const sum = summarize(g);
  const perDay = ticksPerDay(g.level);
  return {
    id: seat.p.id,
    nickname: seat.p.nickname,
    connected: seat.sockets > 0 || seat.remote > 0,
    season: Math.min(s.season + 1, g.level.seasons),
    phase: s.phase,
    day: s.phase === 'fair' ? Math.min(g.level.fair.days, Math.floor(s.tick / perDay) + 1) : 0,
    week: s.phase === 'after' ? Math.min(g.level.weeksAfter, s.week + 1) : 0,
    revenue: sum.totals.revenue,
    profit: sum.totals.profit,
    patience: Math.round(s.ceo.patience),
    fired: s.fired !== null,
    seq: seat.commands.length,
    hash: gameHash(g),
  };
}
