// Picking result codes out of a pasted blob (a chat, an e-mail): mail clients break long
// lines, quote them with "> " and soft-wrap with "=". A code may be split over such breaks;
// the pieces after a break are joined only as far as the checksum confirms the join.
// A name written before a code on its line ("Jan: LB1-…", a chat export's "[10:32] Jan: LB1-…")
// is read as the run's name; the game writes its codes that way when the player gives one.
import { CODE_PREFIX, checkedBody } from './result-code';

const BODY = /^[A-Za-z0-9_-]+/;
/** What may stand between two pieces of one code: spaces, line breaks, quote marks, soft wraps. */
const GAP = /^(?:[ \t]|=?\r?\n[ \t>]*)+/;

/** The pieces of body text that follow a prefix at `start`, with the gaps between them. */
function pieces(blob: string, start: number): string[] {
  const out: string[] = [];
  let rest = blob.slice(start);
  for (let i = 0; i < 40; i++) {
    const m = BODY.exec(rest);
    if (!m) break;
    const piece = m[0].split(CODE_PREFIX)[0] as string;
    out.push(piece);
    if (piece.length < m[0].length) break;
    rest = rest.slice(piece.length);
    const gap = GAP.exec(rest);
    if (!gap || rest.startsWith(CODE_PREFIX, gap[0].length)) break;
    rest = rest.slice(gap[0].length);
  }
  return out;
}

/** Longest name read before a code (the room's nickname limit). */
export const MAX_CODE_NAME = 24;

/** A code found in a blob, with the name written before it on its line, if any. */
export interface FoundCode {
  code: string;
  name: string | null;
}

/** "Jan" out of "> [03-12 10:32] Jan:" or "03-12-2026 10:32 - Jan -"; null when no name stands there. */
export function nameBefore(text: string, at: number): string | null {
  let line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  line = line.replace(/^[\s>]+/, '').replace(/[\s:;,|=–—-]+$/u, '');
  const cut = Math.max(line.lastIndexOf('] '), line.lastIndexOf(' - '));
  if (cut >= 0) line = line.slice(cut + 2).replace(/^[\s-]+/, '');
  line = line.replace(/\s+/g, ' ').trim();
  if (!line || [...line].length > MAX_CODE_NAME || !/\p{L}/u.test(line)) return null;
  return /[<>]|LB1|https?:|\bcode\b/i.test(line) ? null : line;
}

/** The line a code is written on when it carries a name: what `nameBefore` reads back. */
export function namedCode(code: string, name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, MAX_CODE_NAME);
  return nameBefore(`${clean}: `, clean.length + 2) === clean ? `${clean}: ${code}` : code;
}

/** Every result code in the blob, in order, without repeats; unconfirmed ones as found. */
export function findResultCodes(blob: string): string[] {
  return findNamedCodes(blob).map((f) => f.code);
}

/** Every result code in the blob with the name before it; a repeat keeps the first name given. */
export function findNamedCodes(blob: string): FoundCode[] {
  const text = String(blob);
  const found: FoundCode[] = [];
  let at = text.indexOf(CODE_PREFIX);
  while (at >= 0) {
    const parts = pieces(text, at + CODE_PREFIX.length);
    let body = parts[0] ?? '';
    let joined = '';
    for (const p of parts) {
      joined += p;
      if (checkedBody(joined)) {
        body = joined;
        break;
      }
    }
    const code = CODE_PREFIX + body;
    const name = nameBefore(text, at);
    const seen = found.find((f) => f.code === code);
    if (!seen) found.push({ code, name });
    else seen.name ??= name;
    at = text.indexOf(CODE_PREFIX, at + CODE_PREFIX.length + Math.max(1, body.length));
  }
  return found;
}
