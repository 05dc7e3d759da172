// Upgrading level data written for an older schemaVersion to the current one, step by step,
// before validation. Version 1 was the first draft of the format: the weeks after the fair
// were `weeks` (now `weeksAfter`) and a competitor's `pushShare` was `pitchShare`. Each
// rename is kept, so a problem found in the upgraded data points at the field as written.
import { type LevelProblem, showValue } from './problems';
import { SCHEMA_VERSION } from './schema';

export const OLDEST_SCHEMA_VERSION = 1;

/** Old field name → new name, for "did you mean" on files that mix the versions. */
export const RENAMED_FIELDS: Readonly<Record<string, string>> = {
  weeks: 'weeksAfter',
  pitchShare: 'pushShare',
};

export interface Rename {
  /** Pointer in the file as written. */
  from: string;
  /** Pointer in the upgraded data. */
  to: string;
}

export interface Migration {
  /** The data at the current version (a copy; the input is not changed). */
  data: Record<string, unknown>;
  /** What was upgraded, one note per change. */
  notes: LevelProblem[];
  /** Problems with schemaVersion itself (or a rename that clashes). */
  problems: LevelProblem[];
  /** True when the file cannot be read as this version at all (a newer schemaVersion). */
  stop: boolean;
  renames: Rename[];
}

type Obj = Record<string, unknown>;
type Step = (data: Obj, m: Migration) => void;

function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function rename(obj: Obj, from: string, to: string, at: string, m: Migration, version: number): void {
  if (!(from in obj)) return;
  if (to in obj) {
    m.problems.push({
      pointer: `${at}/${from}`,
      message: `both ${JSON.stringify(from)} (the old name) and ${JSON.stringify(to)} are given; keep only ${JSON.stringify(to)}`,
    });
    return;
  }
  const entries = Object.entries(obj).map(([k, v]): [string, unknown] => [k === from ? to : k, v]);
  for (const k of Object.keys(obj)) delete obj[k];
  Object.assign(obj, Object.fromEntries(entries));
  m.renames.push({ from: `${at}/${from}`, to: `${at}/${to}` });
  m.notes.push({
    pointer: `${at}/${from}`,
    message: `${JSON.stringify(from)} is called ${JSON.stringify(to)} since schemaVersion ${version}`,
  });
}

/** STEPS[v] upgrades data of version v to version v + 1. */
const STEPS: Record<number, Step> = {
  1: (data, m) => {
    rename(data, 'weeks', 'weeksAfter', '', m, 2);
    const competitors = data.competitors;
    if (Array.isArray(competitors)) {
      competitors.forEach((c, i) => {
        if (isObject(c)) rename(c, 'pitchShare', 'pushShare', `/competitors/${i}`, m, 2);
      });
    }
  },
};

const READS = `this game reads schemaVersion ${SCHEMA_VERSION} and upgrades files from schemaVersion ${OLDEST_SCHEMA_VERSION} on`;

/** Upgrades a level object to SCHEMA_VERSION; never throws. */
export function migrate(input: Obj): Migration {
  const data = structuredClone(input);
  const m: Migration = { data, notes: [], problems: [], stop: false, renames: [] };
  const version = data.schemaVersion;
  const at = '/schemaVersion';
  if (version === undefined) {
    m.problems.push({
      pointer: at,
      message: `missing required field "schemaVersion": add "schemaVersion": ${SCHEMA_VERSION} (${READS})`,
    });
  } else if (
    version === null ||
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < OLDEST_SCHEMA_VERSION
  ) {
    m.problems.push({
      pointer: at,
      message: `expected the number ${SCHEMA_VERSION} (${READS}), got ${showValue(version)}`,
    });
  } else if (version > SCHEMA_VERSION) {
    m.problems.push({
      pointer: at,
      message: `schemaVersion ${version} is newer than this game, which reads schemaVersion ${SCHEMA_VERSION}: update the game, or write the level for schemaVersion ${SCHEMA_VERSION}`,
    });
    m.stop = true;
  } else if (version < SCHEMA_VERSION) {
    m.notes.push({
      pointer: at,
      message: `written for schemaVersion ${version} and upgraded to ${SCHEMA_VERSION} while loading; to bring the file up to date, make the renames noted here and set "schemaVersion": ${SCHEMA_VERSION}`,
    });
    for (let v = version; v < SCHEMA_VERSION; v++) STEPS[v]?.(data, m);
  }
  data.schemaVersion = SCHEMA_VERSION;
  return m;
}

/** A pointer into the upgraded data, as it points into the file as written. */
export function pointerAsWritten(pointer: string, renames: readonly Rename[]): string {
  for (const r of renames) {
    if (pointer === r.to || pointer.startsWith(`${r.to}/`)) return r.from + pointer.slice(r.to.length);
  }
  return pointer;
}
