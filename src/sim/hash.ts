// A fast, stable hash of any plain JSON value (the sim state): two 32-bit lanes mixed with
// Math.imul over every number's IEEE bits, every string's characters and each object's value
// count, in the state's own key order (which JSON keeps). Printed as 14 hex digits. Undefined is skipped,
// exactly as JSON.stringify skips it, so a saved and restored state hashes the same.
import { seasonStart } from './context';
import type { Account, Lead, Order, OrderOrigin, SimState } from './state';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

let h1 = 0;
let h2 = 0;

function mixNumber(x: number): void {
  if ((x | 0) === x) {
    h1 = Math.imul(h1 ^ x, 2654435761);
    h2 = Math.imul(h2 ^ x, 1597334677);
  } else {
    f64[0] = x;
    h1 = Math.imul(h1 ^ (u32[0] as number), 2654435761);
    h2 = Math.imul(h2 ^ (u32[1] as number), 1597334677);
  }
}

/**
 * A list that starts with a number: a tight loop keeps the element loads fast, and the lanes
 * live in locals meanwhile (written back around any element that is not a number).
 */
function mixNumbers(list: unknown[]): void {
  let a = h1;
  let b = h2;
  for (let i = 0; i < list.length; i++) {
    const x = list[i];
    if (typeof x !== 'number') {
      h1 = a;
      h2 = b;
      walk(x);
      a = h1;
      b = h2;
    } else if ((x | 0) === x) {
      a = Math.imul(a ^ x, 2654435761);
      b = Math.imul(b ^ x, 1597334677);
    } else {
      f64[0] = x;
      a = Math.imul(a ^ (u32[0] as number), 2654435761);
      b = Math.imul(b ^ (u32[1] as number), 1597334677);
    }
  }
  h1 = a;
  h2 = b;
}

/** The length, then each character code (always a whole number), as mixNumber would. */
function mixString(str: string): void {
  mixNumber(str.length | 0x40000000);
  let a = h1;
  let b = h2;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  h1 = a;
  h2 = b;
}

function walk(v: unknown): void {
  if (typeof v === 'number') mixNumber(v);
  else if (v === null) mixNumber(0x7fff0001);
  else if (typeof v === 'string') mixString(v);
  else if (typeof v === 'boolean') mixNumber(v ? 0x7fff0002 : 0x7fff0003);
  else if (Array.isArray(v)) {
    mixNumber(v.length | 0x20000000);
    if (typeof v[0] === 'number') mixNumbers(v as unknown[]);
    else
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x === 'number') mixNumber(x);
        else walk(x);
      }
  } else if (typeof v === 'object') {
    // Objects of the state have fixed shapes, so the values in key order and their count
    // fingerprint them; key names are not hashed (that would triple the cost). The state's
    // objects are plain (nothing enumerable inherited), so `for…in` visits exactly their own
    // values in key order, as Object.values would, without allocating a list per object.
    let count = 0;
    const o = v as Record<string, unknown>;
    for (const k in o) {
      const x = o[k];
      if (x === undefined) continue;
      count++;
      if (typeof x === 'number') mixNumber(x);
      else walk(x);
    }
    mixNumber(count | 0x10000000);
  }
}

/** The hash of a plain JSON value (53 bits), as 14 lower-case hex digits. */
export function hashValue(v: unknown): string {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
  walk(v);
  return finish();
}

/** Mixes the two lanes into 53 bits, as 14 lower-case hex digits. */
function finish(): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
}

/**
 * The records the state holds by the hundred, walked field by field in their creation order
 * (the order of the literal that makes them, which a saved state keeps): exactly what `walk`
 * mixes for them — no field of theirs is ever undefined — without listing each object's values.
 * The hash tests check these lists against real records, so a new field cannot be left out.
 */
export const LEAD_KEYS = [
  'id',
  'supplier',
  'account',
  'season',
  'day',
  'quality',
  'heard',
  'status',
  'proposedWeek',
  'decideWeek',
] as const;
export const ORDER_KEYS = [
  'id',
  'supplier',
  'account',
  'season',
  'week',
  'value',
  'origin',
  'afterFired',
] as const;
export const ORIGIN_KEYS: { [K in OrderOrigin['kind']]: readonly string[] } = {
  fair: ['kind', 'day'],
  'follow-up': ['kind', 'lead', 'day', 'season'],
  regular: ['kind'],
  referral: ['kind', 'via'],
};
export const ACCOUNT_KEYS = [
  'id',
  'firstName',
  'lastName',
  'companyName',
  'companyKind',
  'segment',
  'needs',
  'orderValue',
  'cycleWeeks',
  'pressureAversion',
  'openness',
  'attendance',
  'novelty',
] as const;

function mixLead(l: Lead): void {
  mixNumber(l.id);
  mixNumber(l.supplier);
  mixNumber(l.account);
  mixNumber(l.season);
  mixNumber(l.day);
  mixNumber(l.quality);
  mixNumber(l.heard);
  mixString(l.status);
  mixNumber(l.proposedWeek);
  mixNumber(l.decideWeek);
  mixNumber(LEAD_KEYS.length | 0x10000000);
}

function mixOrder(o: Order): void {
  mixNumber(o.id);
  mixNumber(o.supplier);
  mixNumber(o.account);
  mixNumber(o.season);
  mixNumber(o.week);
  mixNumber(o.value);
  mixOrigin(o.origin);
  mixNumber(o.afterFired ? 0x7fff0002 : 0x7fff0003);
  mixNumber(ORDER_KEYS.length | 0x10000000);
}

/** An order's origin, as walk mixes it: its kind, then its fields in the order they are made. */
function mixOrigin(o: OrderOrigin): void {
  mixString(o.kind);
  if (o.kind === 'fair') mixNumber(o.day);
  else if (o.kind === 'follow-up') {
    mixNumber(o.lead);
    mixNumber(o.day);
    mixNumber(o.season);
  } else if (o.kind === 'referral') mixNumber(o.via);
  mixNumber(ORIGIN_KEYS[o.kind].length | 0x10000000);
}

function mixAccount(a: Account): void {
  mixNumber(a.id);
  mixNumber(a.firstName);
  mixNumber(a.lastName);
  mixNumber(a.companyName);
  mixNumber(a.companyKind);
  mixNumber(a.segment);
  walk(a.needs);
  mixNumber(a.orderValue);
  mixNumber(a.cycleWeeks);
  mixNumber(a.pressureAversion);
  mixNumber(a.openness);
  mixNumber(a.attendance);
  mixNumber(a.novelty);
  mixNumber(ACCOUNT_KEYS.length | 0x10000000);
}

/** A list of records as `walk` mixes a list, from index `from` on. */
function mixRecords<T>(list: readonly T[], from: number, mix: (x: T) => void): void {
  mixNumber((list.length - from) | 0x20000000);
  for (let i = from; i < list.length; i++) mix(list[i] as T);
}

/** Parts of the state that never change after the game is created. */
const STATIC_KEYS = new Set(['accounts', 'segmentMembers', 'trustStart']);

/**
 * The hash of a simulation state: hashValue of the state, except that each ended season's
 * hash is part of the state (history[].hash), so the hashes form a chain: what cannot change
 * any more is walked only until the first season's hash covers it — the accounts' profiles
 * and starting trust (fixed at creation), and the orders and leads of ended seasons.
 * Everything else is walked in full.
 */
export function hashState(state: SimState): string {
  const chained = state.history.length > 0 && (state.history[0] as { hash: string }).hash !== '';
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
  let count = 0;
  for (const key in state) {
    if (chained && STATIC_KEYS.has(key)) continue;
    const v = state[key as keyof SimState];
    if (v === undefined) continue;
    count++;
    if (key === 'leads') mixRecords(state.leads, seasonStart(state.leads, state.season), mixLead);
    else if (key === 'orders') mixRecords(state.orders, seasonStart(state.orders, state.season), mixOrder);
    else if (key === 'accounts') mixRecords(state.accounts, 0, mixAccount);
    else walk(v);
  }
  mixNumber(count | 0x10000000);
  return finish();
}
