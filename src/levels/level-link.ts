// A level that travels in a link: its JSON, deflated and written in base64url into the URL
// fragment (#level=…&seed=…), so it never reaches a server. Reading one back is bounded
// (the fragment's length and the inflated size) and says what is wrong instead of throwing.
// Uses the browser's (and Node's) CompressionStream; loaded only with the level checker.
import { fromBase64Url, pipe, toBase64Url } from '../codes/bytes';
import { DEFAULT_REPLIES } from './replies';

/** Longest fragment we read: links this long still open in every browser we target. */
export const MAX_LINK_CHARS = 60_000;
/** Largest inflated level we accept (a shipped level is about 12 KB). */
const MAX_LEVEL_BYTES = 1_000_000;

export type LinkRead = { ok: true; data: unknown; seed: string | null } | { ok: false; reason: string };

/** The fragment (without '#') that carries this level and, optionally, a seed. */
export async function levelFragment(level: unknown, seed?: string): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(withoutDefaultReplies(level)));
  const packed = await pipe(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  const data = toBase64Url(packed ?? new Uint8Array());
  return seed ? `level=${data}&seed=${encodeURIComponent(seed)}` : `level=${data}`;
}

/**
 * The level as it travels: the game's own reply lines, which a read level gets back as the
 * schema's default, are left out (they would be most of the link).
 */
function withoutDefaultReplies(level: unknown): unknown {
  const people = (level as { people?: { replies?: unknown } } | null)?.people;
  if (!people || JSON.stringify(people.replies) !== JSON.stringify(DEFAULT_REPLIES)) return level;
  const { replies: _replies, ...rest } = people;
  return { ...(level as object), people: rest };
}

/** Whether a URL fragment carries a level. */
export function fragmentHasLevel(hash: string): boolean {
  return /^#?level=/.test(hash);
}

/** Reads a level (as JSON data, still to be checked) and a seed from a URL fragment. */
export async function readLevelFragment(hash: string): Promise<LinkRead> {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length > MAX_LINK_CHARS) return { ok: false, reason: 'the link is too long' };
  const params = new URLSearchParams(text);
  const bytes = fromBase64Url(params.get('level') ?? '');
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'the link is cut off or damaged' };
  let json: Uint8Array | null;
  try {
    json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_LEVEL_BYTES);
  } catch {
    return { ok: false, reason: 'the link is cut off or damaged' };
  }
  if (!json) return { ok: false, reason: 'the level in it is too large' };
  try {
    return { ok: true, data: JSON.parse(new TextDecoder().decode(json)), seed: params.get('seed') };
  } catch {
    return { ok: false, reason: 'the link is cut off or damaged' };
  }
}
