// Result codes: a finished game as one short line of text the player hands to a trainer.
// `LB1-` + base64url( deflate-raw(replay bytes) + CRC-32 ). The checksum tells a cut or
// mistyped code from a well-formed one; replaying it against a shipped level tells a real
// game from a tampered one. Works in Node and the browser (CompressionStream).
import { loadShippedLevel } from '../levels/registry';
import { type Game, hashesWellFormed, type Replay, SIM_VERSION, verifyReplay } from '../sim';
import { readReplay, writeReplay } from './binary';
import { crc32, fromBase64Url, pipe, toBase64Url } from './bytes';

export const CODE_PREFIX = 'LB1-';
/** Longest code we read (a long game is a few hundred characters). */
const MAX_CODE_CHARS = 20_000;
const MAX_PAYLOAD_BYTES = 1_000_000;

/** Why a code was refused: a key for the screens (`code.reasons.*`) and an English sentence. */
export type CodeProblem =
  | 'not-a-code'
  | 'cut-off'
  | 'too-long'
  | 'mistyped'
  | 'bad-characters'
  | 'unreadable'
  | 'sim-version'
  | 'unknown-level'
  | 'bad-replay'
  | 'hash-mismatch';

export type Decoded = { ok: true; replay: Replay } | { ok: false; reason: string; problem: CodeProblem };
export type Verified =
  | { ok: true; game: Game; replay: Replay }
  | { ok: false; reason: string; problem: CodeProblem };

const fail = (problem: CodeProblem, reason: string) => ({ ok: false as const, problem, reason });

/** The result code of a game's replay record. */
export async function encodeResultCode(replay: Replay): Promise<string> {
  const packed =
    (await pipe(writeReplay(replay), new CompressionStream('deflate-raw'), Infinity)) ?? new Uint8Array();
  const head = [(packed.length & 0x7f) | 0x80, packed.length >> 7];
  if (packed.length < 0x80) head.splice(0, 2, packed.length);
  const out = new Uint8Array(head.length + packed.length + 4);
  out.set(head);
  out.set(packed, head.length);
  new DataView(out.buffer).setUint32(head.length + packed.length, crc32(packed));
  return CODE_PREFIX + toBase64Url(out);
}

export type BodyCheck =
  | { ok: true; packed: Uint8Array }
  | { ok: false; why: 'cut' | 'long' | 'typo' | 'chars' };

/** Checks a code's body: its stated length and its checksum. */
export function checkBody(body: string): BodyCheck {
  if (!/^[A-Za-z0-9_-]*$/.test(body)) return { ok: false, why: 'chars' };
  const bytes = fromBase64Url(body.length % 4 === 1 ? body.slice(0, -1) : body);
  if (!bytes || bytes.length < 6) return { ok: false, why: 'cut' };
  const b0 = bytes[0] as number;
  const headLen = b0 & 0x80 ? 2 : 1;
  const len = b0 & 0x80 ? (b0 & 0x7f) + (bytes[1] as number) * 0x80 : b0;
  const have = bytes.length - headLen - 4;
  if (have < len || body.length % 4 === 1) return { ok: false, why: have < len ? 'cut' : 'long' };
  if (have > len) return { ok: false, why: 'long' };
  const packed = bytes.subarray(headLen, headLen + len);
  const sum = new DataView(bytes.buffer, bytes.byteOffset).getUint32(headLen + len);
  return crc32(packed) === sum ? { ok: true, packed } : { ok: false, why: 'typo' };
}

/** The packed bytes of a code's body when its length and checksum hold, else null. */
export function checkedBody(body: string): Uint8Array | null {
  const c = checkBody(body);
  return c.ok ? c.packed : null;
}

const DAMAGE: Record<'cut' | 'long' | 'typo' | 'chars', [CodeProblem, string]> = {
  cut: ['cut-off', 'the code is cut off: part of it is missing'],
  long: ['too-long', 'the code has extra characters at its end'],
  typo: ['mistyped', 'the code is mistyped: its checksum does not match'],
  chars: ['bad-characters', 'the code contains characters that result codes never have'],
};

/** Reads a code (spaces and line breaks inside it are ignored) back into its replay record. */
export async function decodeResultCode(text: string): Promise<Decoded> {
  const compact = String(text).replace(/\s+/g, '');
  if (!compact.startsWith(CODE_PREFIX))
    return fail('not-a-code', `not a result code (they start with ${CODE_PREFIX})`);
  if (compact.length > MAX_CODE_CHARS)
    return fail('too-long', 'the code is far too long to be a result code');
  const body = checkBody(compact.slice(CODE_PREFIX.length));
  if (!body.ok) return fail(...(DAMAGE[body.why] as [CodeProblem, string]));
  const packed = body.packed;
  let bytes: Uint8Array | null = null;
  try {
    bytes = await pipe(packed, new DecompressionStream('deflate-raw'), MAX_PAYLOAD_BYTES);
  } catch {
    bytes = null;
  }
  const replay = bytes ? readReplay(bytes) : null;
  if (!replay) return fail('unreadable', 'the code passes its checksum but does not hold a game');
  return { ok: true, replay };
}

/** Decodes a code and replays it on the shipped level: a real game or the reason it is not. */
export async function verifyResultCode(text: string): Promise<Verified> {
  const d = await decodeResultCode(text);
  if (!d.ok) return d;
  return verifyDecoded(d.replay);
}

/** Verifies a replay record (from a code or from the room) against the shipped level. */
export function verifyDecoded(replay: Replay): Verified {
  if (replay.simVersion !== SIM_VERSION)
    return fail(
      'sim-version',
      `made with another version of the game (sim ${replay.simVersion}, this is ${SIM_VERSION})`,
    );
  const loaded = loadShippedLevel(replay.level);
  if (!loaded?.ok)
    return fail(
      'unknown-level',
      `level "${replay.level}" is not one of the shipped levels (only those can be checked)`,
    );
  if (!replay.hash || !hashesWellFormed(replay))
    return fail('hash-mismatch', 'the code carries a malformed hash');
  const v = verifyReplay(loaded.level, replay);
  if (v.ok) return { ok: true, game: v.game, replay };
  if (v.kind === 'replay') return fail('bad-replay', `decision ${v.at + 1} cannot be played (${v.error})`);
  return fail('hash-mismatch', 'the game does not end where the code claims: it was altered');
}
