// The generated levels/level.schema.json is up to date with src/levels/schema.ts, and carries
// what editors show a designer: a title, the descriptions, the ranges and the defaults.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  levelJsonSchema,
  nodeAt,
  renderLevelJsonSchema,
  type SchemaNode,
} from '../../src/levels/json-schema';

const committed = readFileSync(new URL('../../levels/level.schema.json', import.meta.url), 'utf8');

describe('levels/level.schema.json', () => {
  it('is what `npm run levels:schema` generates now', () => {
    const upToDate = committed === renderLevelJsonSchema();
    expect(upToDate, 'levels/level.schema.json is out of date: run `npm run levels:schema`').toBe(true);
  });

  it('is draft-07 with a title, descriptions, ranges and defaults', () => {
    const schema = levelJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe('The Listening Booth level');
    const push = nodeAt(['competitors', 0, 'pushShare'], {}).node as SchemaNode;
    expect(push).toMatchObject({ type: 'number', minimum: 0, maximum: 1 });
    expect(push.description).toMatch(/pitch rather than listen/);
    expect(nodeAt(['weeksAfter'], {}).node?.default).toBe(12);
    expect(nodeAt(['model', 'stayTicks'], {}).node?.default).toEqual({ min: 6, max: 16 });
    expect((schema.required as string[]).includes('weeksAfter')).toBe(false);
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    expect(committed.endsWith('}\n')).toBe(true);
    expect(committed.split('\n')[1]).toMatch(/^ {2}"\$schema"/);
  });
});

describe('editor help in the JSON Schema', () => {
  it('every number explains itself on hover: description, unit, default when there is one, range', () => {
    const numbers: Record<string, unknown>[] = [];
    const visit = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (typeof node === 'object' && node !== null) {
        const n = node as Record<string, unknown>;
        if (n.type === 'number' || n.type === 'integer') numbers.push(n);
        Object.values(n).forEach(visit);
      }
    };
    visit(levelJsonSchema());
    expect(numbers.length).toBeGreaterThan(100);
    for (const n of numbers) {
      if (n.const !== undefined) continue;
      const hover = String(n.markdownDescription);
      expect(hover.startsWith(String(n.description))).toBe(true);
      expect(hover).toMatch(/\*\*Unit:\*\* /);
      expect(hover).toMatch(/\*\*Range:\*\* /);
      if (n.default !== undefined) expect(hover).toContain('**Default:**');
    }
    const cost = numbers.find((n) =>
      String(n.description).startsWith('What one staff member costs per week'),
    );
    expect(cost?.markdownDescription).toContain('cents (100 = €1)');
  });
});
