// `npm run levels:check`, run as a designer runs it: exit codes, one line per valid file and
// per problem on stdout, paths as given, usage errors on stderr, never a stack trace.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIX = 'tests/fixtures/levels';

function run(args: string[], cwd = ROOT) {
  const res = spawnSync('npx', ['tsx', `${ROOT}src/cli/levels-check.ts`, ...args], { cwd, encoding: 'utf8' });
  const lines = (s: string) => s.split('\n').filter((l) => l !== '');
  expect(`${res.stdout}${res.stderr}`).not.toMatch(/\n\s+at /); // no stack trace
  return { status: res.status, out: lines(res.stdout), err: lines(res.stderr) };
}

describe('levels:check', () => {
  it('prints ok and exits 0 for a valid file', () => {
    expect(run([`${FIX}/valid-small.json`])).toEqual({
      status: 0,
      out: [`ok ${FIX}/valid-small.json`],
      err: [],
    });
  });

  it('prints one line per problem and exits 1', () => {
    const res = run([`${FIX}/valid-small.json`, `${FIX}/wrong-type.json`, `${FIX}/several-problems.json`]);
    expect(res.status).toBe(1);
    expect(res.err).toEqual([]);
    expect(res.out[0]).toBe(`ok ${FIX}/valid-small.json`);
    expect(res.out[1]).toBe(
      `${FIX}/wrong-type.json: /competitors/0/pushShare: expected a number from 0 to 1, got "high"`,
    );
    expect(res.out.slice(2)).toHaveLength(6);
    expect(res.out.slice(2).every((l) => l.startsWith(`${FIX}/several-problems.json: /`))).toBe(true);
  });

  it('reports invalid JSON with line and column, and an empty file', () => {
    const res = run([`${FIX}/invalid-json.json`, `${FIX}/empty.json`]);
    expect(res).toEqual({
      status: 1,
      out: [
        `${FIX}/invalid-json.json: /: invalid JSON at line 22, column 3: missing comma before "weeksAfter"`,
        `${FIX}/empty.json: /: the file is empty`,
      ],
      err: [],
    });
  });

  it('accepts a schemaVersion 1 file with notes on what to rename', () => {
    const res = run([`${FIX}/v1-migrates.json`]);
    expect(res.status).toBe(0);
    expect(res.out[0]).toBe(`ok ${FIX}/v1-migrates.json`);
    expect(res.out.slice(1)).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/levels\/v1-migrates\.json: \/schemaVersion: note: written for schemaVersion 1/,
      ),
      `${FIX}/v1-migrates.json: /weeks: note: "weeks" is called "weeksAfter" since schemaVersion 2`,
      `${FIX}/v1-migrates.json: /competitors/0/pitchShare: note: "pitchShare" is called "pushShare" since schemaVersion 2`,
    ]);
  });

  it('treats a missing file as a problem of that file and exits 1', () => {
    expect(run([`${FIX}/no-such-level.json`, `${FIX}/valid-small.json`])).toEqual({
      status: 1,
      out: [
        `${FIX}/no-such-level.json: /: cannot read the file: it does not exist`,
        `ok ${FIX}/valid-small.json`,
      ],
      err: [],
    });
  });

  it('names files as given, relative to the current folder', () => {
    const res = run(['missing-dutch.json'], `${ROOT}${FIX}`);
    expect(res).toEqual({
      status: 1,
      out: ['missing-dutch.json: /name/nl: missing Dutch text (nl)'],
      err: [],
    });
  });

  it('checks every level in levels/ (not the schema) when given no files', () => {
    const res = run([]);
    const levels = readdirSync(`${ROOT}levels`).filter(
      (f) => f.endsWith('.json') && f !== 'level.schema.json',
    );
    for (const f of levels) {
      expect(res.out.some((l) => l === `ok levels/${f}` || l.startsWith(`levels/${f}: `))).toBe(true);
    }
    expect(res.out.some((l) => l.includes('level.schema.json'))).toBe(false);
    expect(res.status).toBe(res.out.every((l) => l.startsWith('ok ')) ? 0 : 1);
  });

  it('exits 2 with an error and the usage line on an unknown option', () => {
    for (const option of ['--strict', '-q']) {
      const res = run([option, `${FIX}/valid-small.json`]);
      expect(res).toEqual({
        status: 2,
        out: [],
        err: [`error: unknown option ${option}`, 'usage: npm run levels:check [-- <file.json>…]'],
      });
    }
  });

  it('prints its help and exits 0', () => {
    const res = run(['--help']);
    expect(res.status).toBe(0);
    expect(res.out[0]).toBe('usage: npm run levels:check [-- <file.json>…]');
    expect(res.out.join('\n')).toMatch(
      /Exit status: 0 when every file is valid; 1 when any file has a problem/,
    );
  });
});

describe('levels:schema', () => {
  const schema = (args: string[]) =>
    spawnSync('npx', ['tsx', 'src/cli/levels-schema.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('--check finds levels/level.schema.json up to date', () => {
    const res = schema(['--check']);
    expect({ status: res.status, out: res.stdout }).toEqual({
      status: 0,
      out: 'ok levels/level.schema.json is up to date\n',
    });
  });

  it('exits 2 on a stray argument', () => {
    const res = schema(['levels/x.json']);
    expect(res.status).toBe(2);
    expect(res.stderr).toBe(
      'error: unexpected argument "levels/x.json"\nusage: npm run levels:schema [-- --check]\n',
    );
  });
});
