// `balance --jitter <f> --variants <n>`: variants of a level with every tunable number
// multiplied by a seeded random factor in [1 − f, 1 + f], kept within the schema's range (and
// whole where the schema wants whole numbers), each checked by the project's level loader; and
// how often each claim holds across the playable variants.
import { childNode, levelSchemaRoot, type SchemaNode } from '../levels/json-schema';
import { formatProblems, parseLevelData } from '../levels/load';
import type { Level } from '../levels/schema';
import type { ClaimVerdict } from '../sim';
import { next, seedStream } from '../sim/rng';

/** The parts of a level whose numbers are tuned: the model and the market, not its shape. */
export const TUNABLE_SECTIONS = [
  'model',
  'segments',
  'fair',
  'company',
  'team',
  'ceo',
  'improvements',
  'competitors',
] as const;
/** The fair's calendar is the level's shape (like seasons and weeksAfter), not a tuning knob. */
const FIXED = new Set(['/fair/days', '/fair/hoursPerDay', '/fair/ticksPerHour', '/fair/openingHour']);

export type Variant =
  | { index: number; ok: true; level: Level; changed: number }
  | { index: number; ok: false; problems: string[] };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The factor for one number of one variant: the same for the same variant and pointer. */
function factor(variant: number, pointer: string, fraction: number): number {
  return 1 - fraction + 2 * fraction * next(seedStream(`jitter-${variant}`, pointer));
}

function jitterNumber(value: number, node: SchemaNode, f: number): number {
  let x = value * f;
  if (node.type === 'integer') x = Math.round(x);
  if (node.minimum !== undefined) x = Math.max(node.minimum, x);
  if (node.maximum !== undefined) x = Math.min(node.maximum, x);
  return x;
}

/** Jitters every number under `data` in place; returns how many changed. */
function jitterTree(
  data: unknown,
  node: SchemaNode,
  pointer: string,
  variant: number,
  fraction: number,
): number {
  if (!isObject(data) && !Array.isArray(data)) return 0;
  let changed = 0;
  const entries: [string, unknown][] = Object.entries(data);
  for (const [key, value] of entries) {
    const child = childNode(node, key, data);
    const at = `${pointer}/${key}`;
    if (!child || FIXED.has(at)) continue;
    if (typeof value === 'number') {
      const x = jitterNumber(value, child, factor(variant, at, fraction));
      if (x !== value) changed++;
      (data as Record<string, unknown>)[key] = x;
    } else changed += jitterTree(value, child, at, variant, fraction);
    if (
      isObject(value) &&
      typeof value.min === 'number' &&
      typeof value.max === 'number' &&
      value.min > value.max
    )
      [value.min, value.max] = [value.max, value.min];
  }
  return changed;
}

/** Variant `index` (1-based) of a level, validated by the level loader. */
export function levelVariant(level: Level, index: number, fraction: number): Variant {
  const data = structuredClone(level) as unknown as Record<string, unknown>;
  const root = levelSchemaRoot();
  let changed = 0;
  for (const section of TUNABLE_SECTIONS) {
    const node = childNode(root, section, data);
    if (node) changed += jitterTree(data[section], node, `/${section}`, index, fraction);
  }
  const res = parseLevelData(data);
  if (!res.ok) return { index, ok: false, problems: formatProblems(`variant ${index}`, res.problems) };
  return { index, ok: true, level: res.level, changed };
}

export interface ClaimHoldRate {
  id: string;
  text: Level['name'];
  required: number;
  /** Playable variants in which the claim holds, over all playable variants. */
  holdRate: number;
  held: number;
  judged: number;
  /** Lowest and mean share of seeds over the variants. */
  minShare: number;
  meanShare: number;
}

export interface JitterResult {
  fraction: number;
  variants: number;
  playable: number;
  skipped: { variant: number; problems: string[] }[];
  claims: ClaimHoldRate[];
}

/** Hold rates from the verdicts of each playable variant (same claims, same order). */
export function holdRates(
  level: Level,
  fraction: number,
  variants: Variant[],
  verdicts: ClaimVerdict[][],
): JitterResult {
  const claims = level.claims.map((c, i): ClaimHoldRate => {
    const mine = verdicts.map((v) => v[i]).filter((v): v is ClaimVerdict => v !== undefined);
    const held = mine.filter((v) => v.holds).length;
    const shares = mine.map((v) => v.share);
    return {
      id: c.id,
      text: c.text,
      required: c.required,
      holdRate: mine.length ? Math.round((held / mine.length) * 1000) / 1000 : 0,
      held,
      judged: mine.length,
      minShare: shares.length ? Math.min(...shares) : 0,
      meanShare: shares.length
        ? Math.round((shares.reduce((a, b) => a + b, 0) / shares.length) * 1000) / 1000
        : 0,
    };
  });
  return {
    fraction,
    variants: variants.length,
    playable: variants.filter((v) => v.ok).length,
    skipped: variants.flatMap((v) => (v.ok ? [] : [{ variant: v.index, problems: v.problems }])),
    claims,
  };
}
