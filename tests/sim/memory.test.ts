// What a customer remembers of us at the booth (sim/memory.ts): the strongest memory first,
// only from earlier seasons' leads, and a read that changes nothing.
import { describe, expect, it } from 'vitest';
import { rel, US } from '../../src/sim/context';
import { hashState } from '../../src/sim/hash';
import { accountMemory } from '../../src/sim/memory';
import type { Lead, SimState } from '../../src/sim/state';
import { createState } from '../../src/sim/world';
import { levelCopy } from './helpers';

function lead(s: SimState, account: number, season: number, status: Lead['status']): void {
  s.leads.push({
    id: s.leads.length,
    supplier: US,
    account,
    season,
    day: 0,
    quality: 0.5,
    heard: -1,
    status,
    proposedWeek: -1,
    decideWeek: -1,
  });
}

function stranger(s: SimState): number {
  const a = s.mainSupplier.findIndex((m) => m !== US);
  if (a < 0) throw new Error('everyone is ours');
  return a;
}

describe('accountMemory', () => {
  it('remembers nothing of a stranger, and that we are the supplier of our own accounts', () => {
    const s = createState(levelCopy(), '3');
    expect(accountMemory(s, stranger(s))).toBeNull();
    expect(accountMemory(s, s.mainSupplier.indexOf(US))).toBe('loyal');
    expect(accountMemory(s, 10_000)).toBeNull();
  });

  it('a won proposal outweighs everything; a talk counts only from an earlier season', () => {
    const s = createState(levelCopy(), '3');
    const a = stranger(s);
    s.season = 1;
    lead(s, a, 1, 'won'); // this season's: not yet a memory
    expect(accountMemory(s, a)).toBeNull();
    lead(s, a, 0, 'cold');
    expect(accountMemory(s, a)).toBe('talked');
    s.irritation[rel(s, a, US)] = 0.3;
    expect(accountMemory(s, a)).toBe('pitched');
    lead(s, a, 0, 'won');
    expect(accountMemory(s, a)).toBe('proposal');
  });

  it('a competitor’s lead is not a memory of us, and reading changes nothing', () => {
    const s = createState(levelCopy(), '3');
    const a = stranger(s);
    s.season = 2;
    lead(s, a, 0, 'won');
    const last = s.leads[s.leads.length - 1];
    if (last) last.supplier = 1;
    const before = hashState(s);
    expect(accountMemory(s, a)).toBeNull();
    expect(hashState(s)).toBe(before);
  });
});
