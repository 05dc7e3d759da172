// Checks that need the whole level, beyond what the schema can say about one field: need ids
// in weights, fits and the marketing director's favourite; unique ids; claim bots and seasons;
// {min, max} ranges the right way round; shares that add up to something; one buying mood
// per season at most; texts that are blank in a language. Reads the data defensively, so it
// runs alongside the schema and every problem is reported in one pass.
import { BOT_NAMES } from '../sim/bot-names';
import { isRange, textKind, walk } from './json-schema';
import { didYouMean, LANGUAGES, type LevelProblem, quoteList, suggest, toPointer } from './problems';

/** The bots a claim may name: every bot there is. */
export const CLAIM_BOTS = BOT_NAMES;

type Obj = Record<string, unknown>;

function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function objects(x: unknown): Obj[] {
  return Array.isArray(x) ? x.map((o) => (isObject(o) ? o : {})) : [];
}
function isNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function unknownName(what: string, name: string, known: readonly string[], hint?: string): string {
  const guess = suggest(name, known) ?? hint;
  if (guess !== undefined) return `unknown ${what} ${JSON.stringify(name)}${didYouMean(guess)}`;
  return `unknown ${what} ${JSON.stringify(name)} (the ${what}s are ${quoteList(known)})`;
}

function uniqueIds(what: string, items: Obj[], at: string, out: LevelProblem[]): string[] {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = item.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      out.push({
        pointer: `${at}/${i}/id`,
        message: `duplicate ${what} id ${JSON.stringify(id)} (also at ${at}/${first})`,
      });
  });
  return [...seen.keys()];
}

/** Keys of a need map (weights or fit) must be need ids; a fit must name every need. */
function needMap(map: unknown, at: string, needIds: string[], complete: boolean, out: LevelProblem[]): void {
  if (!isObject(map)) return;
  const keys = Object.keys(map);
  const unknown = keys.filter((k) => !needIds.includes(k));
  const missing = needIds.filter((n) => !keys.includes(n));
  // One unknown key and one missing need: most likely that need, renamed or misspelt.
  const hint = unknown.length === 1 && missing.length === 1 ? missing[0] : undefined;
  for (const k of unknown)
    out.push({ pointer: `${at}${toPointer([k])}`, message: unknownName('need', k, needIds, hint) });
  if (complete)
    for (const n of missing) out.push({ pointer: at, message: `missing fit for need ${JSON.stringify(n)}` });
}

function claimChecks(claims: Obj[], seasons: number | undefined, out: LevelProblem[]): void {
  claims.forEach((claim, i) => {
    const at = `/claims/${i}`;
    const bot = (key: string, value: unknown) => {
      if (typeof value === 'string' && !(CLAIM_BOTS as readonly string[]).includes(value)) {
        out.push({ pointer: `${at}/${key}`, message: unknownName('bot', value, CLAIM_BOTS) });
      }
    };
    for (const key of ['a', 'b', 'bot']) bot(key, claim[key]);
    if (Array.isArray(claim.bots)) for (const [j, b] of claim.bots.entries()) bot(`bots/${j}`, b);
    if (claim.kind === 'compare' && typeof claim.a === 'string' && claim.a === claim.b) {
      out.push({
        pointer: `${at}/b`,
        message: `compares bot ${JSON.stringify(claim.a)} with itself; name two different bots`,
      });
    }
    for (const key of ['season', 'bySeason']) {
      const s = claim[key];
      if (seasons !== undefined && isNumber(s) && s > seasons) {
        out.push({
          pointer: `${at}/${key}`,
          message: `expected a season from 1 to ${seasons} (the level has ${seasons} seasons), got ${s}`,
        });
      }
    }
  });
}

/** Ranges with min above max, and texts or lines that are only spaces. */
function shapeChecks(data: Obj, out: LevelProblem[]): void {
  walk(data, (node, value, path) => {
    if (!isObject(value)) return;
    const at = toPointer(path);
    if (isRange(node) && isNumber(value.min) && isNumber(value.max) && value.min > value.max) {
      out.push({ pointer: at, message: `min (${value.min}) is greater than max (${value.max})` });
    }
    const kind = textKind(node);
    for (const [lang, name] of Object.entries(LANGUAGES)) {
      const text = value[lang];
      if (kind === 'text' && typeof text === 'string' && text !== '' && text.trim() === '') {
        out.push({ pointer: `${at}/${lang}`, message: `missing ${name} text (${lang})` });
      }
      if (kind === 'lines' && Array.isArray(text)) {
        text.forEach((line, j) => {
          if (typeof line === 'string' && line !== '' && line.trim() === '') {
            out.push({
              pointer: `${at}/${lang}/${j}`,
              message: 'empty line: write the text or remove the line',
            });
          }
        });
      }
    }
  });
}

function needChecks(data: Obj, needIds: string[], out: LevelProblem[]): void {
  // Without a list of need ids (the schema says why) every need name would look unknown.
  if (needIds.length === 0) return;
  for (const [i, s] of objects(data.segments).entries()) {
    needMap(s.needWeights, `/segments/${i}/needWeights`, needIds, false, out);
  }
  if (isObject(data.company)) needMap(data.company.fit, '/company/fit', needIds, true, out);
  for (const [i, c] of objects(data.competitors).entries())
    needMap(c.fit, `/competitors/${i}/fit`, needIds, true, out);
  const favourite = isObject(data.improvements) ? data.improvements.favouriteNeed : undefined;
  if (typeof favourite === 'string' && !needIds.includes(favourite)) {
    out.push({ pointer: '/improvements/favouriteNeed', message: unknownName('need', favourite, needIds) });
  }
}

function shareChecks(data: Obj, out: LevelProblem[]): void {
  const shares = objects(data.segments).map((s) => s.share);
  if (shares.length > 0 && shares.every(isNumber) && shares.every((s) => s <= 0)) {
    out.push({
      pointer: '/segments',
      message: 'every segment has share 0; give at least one segment a share above 0',
    });
  }
  const company = isObject(data.company) ? data.company : {};
  const market = [company.marketShare, ...objects(data.competitors).map((c) => c.marketShare)];
  if (market.every(isNumber) && market.reduce((a, b) => a + b, 0) <= 0) {
    out.push({
      pointer: '/company/marketShare',
      message:
        'the market shares of our company and the competitors add up to 0; give at least one a share above 0',
    });
  }
}

/** Every cross-reference problem of a level (data already migrated to the current version). */
export function referenceProblems(data: Obj): LevelProblem[] {
  const out: LevelProblem[] = [];
  const needIds = uniqueIds('need', objects(data.needs), '/needs', out);
  uniqueIds('segment', objects(data.segments), '/segments', out);
  const competitors = objects(data.competitors);
  uniqueIds('competitor', competitors, '/competitors', out);
  for (const [i, c] of competitors.entries()) {
    if (c.id === 'us') {
      out.push({
        pointer: `/competitors/${i}/id`,
        message: 'the id "us" is reserved for our own company; choose another',
      });
    }
  }
  const claims = objects(data.claims);
  uniqueIds('claim', claims, '/claims', out);
  needChecks(data, needIds, out);

  const seasons =
    Number.isInteger(data.seasons) && (data.seasons as number) >= 1 ? (data.seasons as number) : undefined;
  claimChecks(claims, seasons, out);
  const moods = isObject(data.fair) ? data.fair.buyingMood : undefined;
  if (seasons !== undefined && Array.isArray(moods) && moods.length > seasons) {
    out.push({
      pointer: '/fair/buyingMood',
      message: `has ${moods.length} values but the level has ${seasons} seasons`,
    });
  }
  shareChecks(data, out);
  shapeChecks(data, out);
  return out;
}
