// The page's URL parameters: ?level=the-fair&seed=42&bot=listener&speed=max&lang=nl.
// Each is checked; anything unknown or malformed becomes a problem the title screen shows,
// and the rest of the parameters still apply where they make sense.
import { SHIPPED_LEVEL_IDS } from '../levels/registry';
import { isPersonalCode, isRoomCode, normalizeCode } from '../room/protocol';
import { type BotName, isBotName, isValidSeed } from '../sim';
import { clip } from './clip';
import type { Lang } from './settings';

export interface UrlOptions {
  level: string | null;
  seed: string | null;
  bot: BotName | null;
  /** 'max' plays as fast as the page can draw; a number multiplies the normal pace. */
  speed: 'max' | 1 | 2 | 4 | null;
  lang: Lang | null;
  /** A workshop room to join (?room=ABCDE), and the participant's personal code (&me=…). */
  room: string | null;
  me: string | null;
  problems: UrlProblem[];
}

export type UrlProblem =
  | { kind: 'unknown-param'; name: string }
  | { kind: 'bad-level'; value: string }
  | { kind: 'bad-seed'; value: string }
  | { kind: 'bad-bot'; value: string }
  | { kind: 'bad-speed'; value: string }
  | { kind: 'bad-lang'; value: string }
  | { kind: 'bad-room'; value: string }
  | { kind: 'bad-personal-code'; value: string }
  | { kind: 'bot-needs-level' };

const KNOWN = new Set(['level', 'seed', 'bot', 'speed', 'lang', 'room', 'me']);

/** Shortens a value for display (URLs can carry anything). */
const shown = (v: string) => clip(v);

export function parseUrl(search: string): UrlOptions {
  const out: UrlOptions = {
    level: null,
    seed: null,
    bot: null,
    speed: null,
    lang: null,
    room: null,
    me: null,
    problems: [],
  };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return out;
  }
  for (const name of params.keys()) {
    if (!KNOWN.has(name)) out.problems.push({ kind: 'unknown-param', name: shown(name) });
  }
  const level = params.get('level');
  if (level !== null) {
    if ((SHIPPED_LEVEL_IDS as readonly string[]).includes(level)) out.level = level;
    else out.problems.push({ kind: 'bad-level', value: shown(level) });
  }
  const seed = params.get('seed');
  if (seed !== null) {
    if (isValidSeed(seed)) out.seed = seed;
    else out.problems.push({ kind: 'bad-seed', value: shown(seed) });
  }
  const bot = params.get('bot');
  if (bot !== null) {
    if (isBotName(bot)) out.bot = bot;
    else out.problems.push({ kind: 'bad-bot', value: shown(bot) });
  }
  const speed = params.get('speed');
  if (speed !== null) {
    if (speed === 'max') out.speed = 'max';
    else if (speed === '1' || speed === '2' || speed === '4') out.speed = Number(speed) as 1 | 2 | 4;
    else out.problems.push({ kind: 'bad-speed', value: shown(speed) });
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (lang === 'en' || lang === 'nl') out.lang = lang;
    else out.problems.push({ kind: 'bad-lang', value: shown(lang) });
  }
  readRoom(params, out);
  if (out.bot && !out.level) {
    if (level === null) out.problems.push({ kind: 'bot-needs-level' });
    out.bot = null;
  }
  return out;
}

/** ?room=ABCDE&me=K7QP4MXD: a room to join and the code of one who joined it before. */
function readRoom(params: URLSearchParams, out: UrlOptions): void {
  const room = params.get('room');
  if (room !== null) {
    const code = normalizeCode(room);
    if (isRoomCode(code)) out.room = code;
    else out.problems.push({ kind: 'bad-room', value: shown(room) });
  }
  const me = params.get('me');
  if (me !== null) {
    const code = normalizeCode(me);
    if (isPersonalCode(code) && out.room) out.me = code;
    else out.problems.push({ kind: 'bad-personal-code', value: shown(me) });
  }
}
