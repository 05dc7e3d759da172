// The seeded streams step exactly like seedrandom's alea, from a plain state object.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { next, seedStream } from '../../src/sim/rng';

describe('rng', () => {
  it('matches seedrandom alea number for number', () => {
    const ours = seedStream('42', 'visitors');
    const theirs = seedrandom.alea('42/visitors');
    for (let i = 0; i < 1000; i++) expect(next(ours)).toBe(theirs());
  });

  it('restores from a JSON copy of its state', () => {
    const a = seedStream('x', 'hall');
    for (let i = 0; i < 10; i++) next(a);
    const b = JSON.parse(JSON.stringify(a));
    for (let i = 0; i < 100; i++) expect(next(b)).toBe(next(a));
  });
});
