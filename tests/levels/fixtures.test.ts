// Every malformed level fixture in tests/fixtures/levels gives exactly the expected problems
// (pointer and message), the small valid fixture and the schemaVersion 1 fixture load.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type LevelProblem, parseLevelText } from '../../src/levels/load';

const dir = new URL('../fixtures/levels/', import.meta.url);
const load = (name: string) => parseLevelText(readFileSync(new URL(name, dir), 'utf8'));
const problem = (pointer: string, message: string): LevelProblem => ({ pointer, message });

const PUSH_SHARE = 'Share of their booth staff who pitch rather than listen (0..1).';

const CASES: Record<string, LevelProblem[]> = {
  'wrong-type.json': [problem('/competitors/0/pushShare', 'expected a number from 0 to 1, got "high"')],
  'out-of-range.json': [problem('/competitors/0/pushShare', 'expected a number from 0 to 1, got 1.5')],
  'missing-field.json': [
    problem('/competitors/0/pushShare', `missing required field "pushShare" (${PUSH_SHARE})`),
  ],
  'unknown-field.json': [
    problem('/competitors/0/minStaf', 'unknown field "minStaf" — did you mean "minStaff"?'),
  ],
  'bad-enum.json': [
    problem('/competitors/0/booth', 'expected one of "small", "medium", "large", got "huge"'),
  ],
  'invalid-json.json': [problem('', 'invalid JSON at line 22, column 3: missing comma before "weeksAfter"')],
  'empty.json': [problem('', 'the file is empty')],
  'not-an-object.json': [
    problem('', 'the file must hold one level as a JSON object { … }, not a list [ … ]'),
  ],
  'unknown-need.json': [
    problem('/segments/0/needWeights/uptme', 'unknown need "uptme" — did you mean "uptime"?'),
  ],
  'bad-claim-bot.json': [problem('/claims/0/a', 'unknown bot "pushr" — did you mean "pusher"?')],
  'unknown-favourite-need.json': [
    problem(
      '/improvements/favouriteNeed',
      'unknown need "speed" (the needs are "uptime", "service", "features")',
    ),
  ],
  'duplicate-id.json': [problem('/segments/1/id', 'duplicate segment id "practices" (also at /segments/0)')],
  'missing-dutch.json': [problem('/name/nl', 'missing Dutch text (nl)')],
  'min-above-max.json': [problem('/segments/0/orderValue', 'min (2600000) is greater than max (900000)')],
  'future-version.json': [
    problem(
      '/schemaVersion',
      'schemaVersion 3 is newer than this game, which reads schemaVersion 2: update the game, or write the level for schemaVersion 2',
    ),
  ],
  'several-problems.json': [
    problem('/name/nl', 'missing Dutch text (nl)'),
    problem('/segments/0/needWeights/uptme', 'unknown need "uptme" — did you mean "uptime"?'),
    problem('/fair/buyingMood', 'has 3 values but the level has 2 seasons'),
    problem('/competitors/0/booth', 'expected one of "small", "medium", "large", got "huge"'),
    problem('/competitors/0/pushShare', 'expected a number from 0 to 1, got "high"'),
    problem('/claims/0/season', 'expected a season from 1 to 2 (the level has 2 seasons), got 5'),
  ],
};

describe('malformed level fixtures', () => {
  for (const [file, expected] of Object.entries(CASES)) {
    it(`${file} reports ${expected.length === 1 ? 'its problem' : 'every problem'}`, () => {
      const res = load(file);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.problems).toEqual(expected);
    });
  }

  it('the invalid JSON fixture points at the line after the missing comma', () => {
    const lines = readFileSync(new URL('invalid-json.json', dir), 'utf8').split('\n');
    expect(lines[20]).toMatch(/"seasons": 2$/);
    expect(lines[21]?.slice(2)).toMatch(/^"weeksAfter"/);
  });
});

describe('valid fixtures', () => {
  it('the small valid level loads, with defaults filled in', () => {
    const res = load('valid-small.json');
    expect(res.ok ? res.notes : res.problems).toBeUndefined();
    if (!res.ok) return;
    expect(res.level.id).toBe('small-fair');
    expect(res.level.model.pitchTicks).toBe(1);
    expect(res.level.tutorial).toEqual([]);
  });

  it('a schemaVersion 1 level is upgraded and loads, with a note per rename', () => {
    const res = load('v1-migrates.json');
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.level.schemaVersion).toBe(2);
    expect(res.level.weeksAfter).toBe(6);
    expect(res.level.competitors[0]?.pushShare).toBe(0.9);
    expect(res.level).not.toHaveProperty('weeks');
    expect(res.level.competitors[0]).not.toHaveProperty('pitchShare');
    expect(res.notes?.map((n) => n.pointer)).toEqual([
      '/schemaVersion',
      '/weeks',
      '/competitors/0/pitchShare',
    ]);
    expect(res.notes?.[1]?.message).toBe('"weeks" is called "weeksAfter" since schemaVersion 2');
  });

  it('every fixture is covered by a test', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    const covered = new Set([...Object.keys(CASES), 'valid-small.json', 'v1-migrates.json']);
    expect(files.filter((f) => !covered.has(f))).toEqual([]);
  });
});
