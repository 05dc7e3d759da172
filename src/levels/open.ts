// Levels of one's own in the browser: a file the player opens or drops, or a level in a link,
// checked with exactly the command line's checks and messages. The game imports this module
// only when one is used, so the validator is not part of the players' download.
import './jitless';
import { levelFragment, MAX_LINK_CHARS, readLevelFragment } from './level-link';
import { formatProblems, parseLevelData, parseLevelText } from './load';
import type { Level } from './schema';

export { levelFragment, MAX_LINK_CHARS, parseLevelData };

/** Larger than any real level; a bigger file is refused before it is read. */
export const MAX_LEVEL_FILE_BYTES = 8 * 1024 * 1024;

export type Opened = { ok: true; file: string; level: Level } | { ok: false; file: string; lines: string[] };

/** Checks a level file's text; problems come as `file: /pointer: message` lines. */
export function checkLevelText(file: string, text: string): Opened {
  const res = parseLevelText(text.replace(/^\uFEFF/, ''));
  return res.ok
    ? { ok: true, file, level: res.level }
    : { ok: false, file, lines: formatProblems(file, res.problems) };
}

/** Reads and checks a file the player chose or dropped. */
export async function openLevelFile(file: File): Promise<Opened> {
  if (file.size > MAX_LEVEL_FILE_BYTES)
    return {
      ok: false,
      file: file.name,
      lines: [`${file.name}: /: the file is larger than 8 MB; a level is far smaller`],
    };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, file: file.name, lines: [`${file.name}: /: the file could not be read`] };
  }
  return checkLevelText(file.name, text);
}

/** The level in a link's fragment, checked; problems name the link. */
export async function openLevelLink(
  hash: string,
): Promise<(Opened & { seed: string | null }) | { ok: false; reason: string }> {
  const read = await readLevelFragment(hash);
  if (!read.ok) return read;
  const res = parseLevelData(read.data);
  const file = 'link';
  return res.ok
    ? { ok: true, file: `${res.level.id}.json`, level: res.level, seed: read.seed }
    : { ok: false, file, lines: formatProblems(file, res.problems), seed: read.seed };
}
