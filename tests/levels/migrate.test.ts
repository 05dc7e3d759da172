// Migration from schemaVersion 1: the renames, the notes, pointers mapped back to the file as
// written, clashes between old and new names, and that the input is left alone.
import { describe, expect, it } from 'vitest';
import { migrate, pointerAsWritten } from '../../src/levels/migrate';
import { SCHEMA_VERSION } from '../../src/levels/schema';

describe('migrate', () => {
  it('renames weeks and pitchShare, keeping the field order, without touching the input', () => {
    const input = {
      schemaVersion: 1,
      id: 'x',
      weeks: 8,
      seasons: 2,
      competitors: [{ id: 'a', pitchShare: 0.5, staff: 3 }],
    };
    const before = structuredClone(input);
    const m = migrate(input);
    expect(input).toEqual(before);
    expect(m.problems).toEqual([]);
    expect(m.stop).toBe(false);
    expect(m.data).toEqual({
      schemaVersion: SCHEMA_VERSION,
      id: 'x',
      weeksAfter: 8,
      seasons: 2,
      competitors: [{ id: 'a', pushShare: 0.5, staff: 3 }],
    });
    expect(Object.keys(m.data)).toEqual(['schemaVersion', 'id', 'weeksAfter', 'seasons', 'competitors']);
    expect(m.renames).toEqual([
      { from: '/weeks', to: '/weeksAfter' },
      { from: '/competitors/0/pitchShare', to: '/competitors/0/pushShare' },
    ]);
    expect(m.notes.map((n) => n.pointer)).toEqual(['/schemaVersion', '/weeks', '/competitors/0/pitchShare']);
  });

  it('leaves a current file as it is', () => {
    const m = migrate({ schemaVersion: 2, weeksAfter: 3 });
    expect(m.data).toEqual({ schemaVersion: 2, weeksAfter: 3 });
    expect(m.notes).toEqual([]);
    expect(m.renames).toEqual([]);
  });

  it('reports an old and a new name side by side', () => {
    const m = migrate({ schemaVersion: 1, weeks: 8, weeksAfter: 9 });
    expect(m.problems).toEqual([
      {
        pointer: '/weeks',
        message: 'both "weeks" (the old name) and "weeksAfter" are given; keep only "weeksAfter"',
      },
    ]);
  });

  it('stops at a newer version', () => {
    const m = migrate({ schemaVersion: SCHEMA_VERSION + 1 });
    expect(m.stop).toBe(true);
    expect(m.problems[0]?.pointer).toBe('/schemaVersion');
  });

  it('maps pointers back to the names as written', () => {
    const renames = [{ from: '/competitors/0/pitchShare', to: '/competitors/0/pushShare' }];
    expect(pointerAsWritten('/competitors/0/pushShare', renames)).toBe('/competitors/0/pitchShare');
    expect(pointerAsWritten('/competitors/0/pushShares', renames)).toBe('/competitors/0/pushShares');
    expect(pointerAsWritten('/competitors/1/pushShare', renames)).toBe('/competitors/1/pushShare');
  });
});
