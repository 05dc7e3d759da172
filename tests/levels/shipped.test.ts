// Every level that ships validates, through the registry (as the game loads it) and from
// its file text (as levels:check reads it), and names the generated schema for editors.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblems, parseLevelText } from '../../src/levels/load';
import { loadShippedLevel, SHIPPED_LEVEL_IDS } from '../../src/levels/registry';

const levelsDir = new URL('../../levels/', import.meta.url);
const files = readdirSync(levelsDir).filter((f) => f.endsWith('.json') && f !== 'level.schema.json');

describe('shipped levels', () => {
  for (const id of SHIPPED_LEVEL_IDS) {
    it(`${id} validates`, () => {
      const res = loadShippedLevel(id);
      expect(res).toBeDefined();
      expect(res?.ok ? [] : formatProblems(`levels/${id}.json`, res?.problems ?? [])).toEqual([]);
    });
  }

  it('every level file is shipped', () => {
    expect(files.sort()).toEqual(SHIPPED_LEVEL_IDS.map((id) => `${id}.json`).sort());
  });

  for (const file of files) {
    it(`levels/${file} validates from its text and names ./level.schema.json`, () => {
      const text = readFileSync(new URL(file, levelsDir), 'utf8');
      const res = parseLevelText(text);
      expect(res.ok ? [] : formatProblems(`levels/${file}`, res.problems)).toEqual([]);
      expect(JSON.parse(text).$schema).toBe('./level.schema.json');
      if (res.ok) expect(res.notes).toBeUndefined();
    });
  }
});
