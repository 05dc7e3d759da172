// What of a game's log a Participant has not sent yet. The log merges consecutive advances of
// one phase into one growing entry, so a cursor remembers how many entries it has sent and
// how many steps of the last (still open) advance; what it returns replays to the same game.
import type { Command } from '../sim';

export interface LogCursor {
  /** Log entries sent, in whole or (the last, an advance) in part. */
  entries: number;
  /** Steps already sent of the last sent entry when it is an advance. */
  steps: number;
}

export const startCursor = (): LogCursor => ({ entries: 0, steps: 0 });

/** A cursor that has sent the whole log (a game continued from the server's copy). */
export function cursorAtEnd(log: readonly Command[]): LogCursor {
  const last = log[log.length - 1];
  return { entries: log.length, steps: last?.type === 'advance' ? last.steps : 0 };
}

/**
 * The commands not sent yet and the cursor after them; null when the log no longer extends
 * what was sent (another game took its place).
 */
export function unsent(
  log: readonly Command[],
  c: LogCursor,
): { commands: Command[]; cursor: LogCursor } | null {
  if (log.length < c.entries) return null;
  const commands: Command[] = [];
  const open = log[c.entries - 1];
  if (c.entries > 0 && c.steps > 0) {
    if (open?.type !== 'advance' || open.steps < c.steps) return null;
    if (open.steps > c.steps) commands.push({ type: 'advance', steps: open.steps - c.steps });
  }
  for (let i = c.entries; i < log.length; i++) commands.push({ ...(log[i] as Command) });
  return { commands, cursor: cursorAtEnd(log) };
}

const sameEntry = (a: Command, b: Command) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Where `prefix` (a log the server holds) ends inside `log` (the browser's): a cursor when
 * `log` continues `prefix` — equal entries, the last one an advance that may have grown
 * since — and null when the two games parted.
 */
export function cursorAfter(log: readonly Command[], prefix: readonly Command[]): LogCursor | null {
  if (prefix.length === 0) return startCursor();
  if (log.length < prefix.length) return null;
  for (let i = 0; i < prefix.length - 1; i++)
    if (!sameEntry(log[i] as Command, prefix[i] as Command)) return null;
  const mine = log[prefix.length - 1] as Command;
  const theirs = prefix[prefix.length - 1] as Command;
  if (theirs.type === 'advance')
    return mine.type === 'advance' && mine.steps >= theirs.steps
      ? { entries: prefix.length, steps: theirs.steps }
      : null;
  return sameEntry(mine, theirs) ? { entries: prefix.length, steps: 0 } : null;
}
