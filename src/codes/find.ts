// Picking result codes out of a pasted blob (a chat, an e-mail): mail clients break long
// lines, quote them with "> " and soft-wrap with "=". A code may be split over such breaks;
// the pieces after a break are joined only as far as the checksum confirms the join.
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

/** Every result code in the blob, in order, without repeats; unconfirmed ones as found. */
export function findResultCodes(blob: string): string[] {
  const text = String(blob);
  const found: string[] = [];
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
    if (!found.includes(code)) found.push(code);
    at = text.indexOf(CODE_PREFIX, at + CODE_PREFIX.length + Math.max(1, body.length));
  }
  return found;
}
