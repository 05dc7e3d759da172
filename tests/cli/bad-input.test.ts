// The tools against a tester who tries to break them: names that are Object.prototype
// members, levels that pass the schema but cannot be played, files that never end, replays
// that claim hashes they do not reach, a byte-order mark. One-line errors, never a stack
// trace, never a hang.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { runBot, toReplay } from '../../src/sim';

function run(tool: string, args: string[]) {
  const res = spawnSync('npx', ['tsx', `src/cli/${tool.replace(':', '-')}.ts`, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'tlb-bad-'));
const tutorial = () => JSON.parse(readFileSync('levels/tutorial.json', 'utf8'));
function levelFile(name: string, change: (l: ReturnType<typeof tutorial>) => void): string {
  const l = tutorial();
  change(l);
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(l, null, 2));
  return file;
}
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);

describe('level names that are Object.prototype members', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`--level ${name} is an unknown level`, () => {
      const r = run('sim', ['--level', name, '--bot', 'listener']);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`unknown level "${name}"`);
      noStack(r.err);
    });
  }
});

describe('levels the schema accepts but nobody can play', () => {
  const staff = levelFile('staff', (l) => {
    l.team.staff = 50;
    l.team.staffWeeklyCost = 1e12;
  });
  const orders = levelFile('orders', (l) => {
    l.accounts = 2000;
    for (const s of l.segments) s.orderValue = { min: 5e9, max: 1e10 };
  });

  it('levels:check names the field that makes every plan impossible', () => {
    const r = run('levels:check', [staff, orders]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${staff}: /team/staffWeeklyCost: no plan is possible with any booth`);
    expect(r.out).toMatch(new RegExp(`${orders}: /segments/\\d+/orderValue/max: orders this large`));
  });

  it('sim refuses them with the same lines instead of a stack trace', () => {
    const r = run('sim', ['--level', staff, '--bot', 'listener']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('error: ');
    expect(r.err).toContain('/team/staffWeeklyCost');
    noStack(r.err);
  });

  it('a proposal that costs a fortune is playable: the bots keep within what a plan may name', () => {
    const dear = levelFile('dear', (l) => {
      l.model = { ...(l.model ?? {}), proposalCost: 1e12 };
    });
    for (const tool of ['sim', 'bench']) {
      const args =
        tool === 'sim'
          ? ['--level', dear, '--bot', 'listener', '--json']
          : ['--level', dear, '--games', '2', '--warmup', '0'];
      const r = run(tool, args);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    }
  });

  it('a level nested 5,000 deep gets a pointer, not an internal error', () => {
    const deep = join(dir, 'deep.json');
    const text = readFileSync('levels/tutorial.json', 'utf8');
    writeFileSync(deep, text.replace('{', `{"deep": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)},`));
    const r = run('levels:check', [deep]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/: \/deep(\/a)+: nested too deeply/);
  });
});

describe('inputs without an end', () => {
  it('levels:check refuses a device and a FIFO at once', () => {
    const fifo = join(dir, 'fifo');
    spawnSync('mkfifo', [fifo]);
    const r = run('levels:check', ['/dev/zero', fifo]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('/dev/zero: /: cannot read the file: it is not a regular file');
    expect(r.out).toContain(`${fifo}: /: cannot read the file: it is not a regular file`);
  });

  it('bench refuses an absurd number of games', () => {
    const r = run('bench', ['--games', '100000000000000000000']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--games must be from 1 to');
  });
});

describe('replays are checked against the hashes they claim', () => {
  const game = runBot(shippedLevel('tutorial'), '7', 'balanced');
  const record = toReplay(game);
  const write = (name: string, data: unknown, bom = false) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, `${bom ? '\uFEFF' : ''}${JSON.stringify(data)}`);
    return file;
  };

  it('a true record replays (with a byte-order mark too)', () => {
    const r = run('sim', ['--level', 'tutorial', '--replay', write('true', record, true), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).hash).toBe(record.hash);
  });

  it('a false final hash exits 1 and says so', () => {
    const r = run('sim', [
      '--level',
      'tutorial',
      '--replay',
      write('false', { ...record, hash: '00000000000000' }),
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error: replay does not match: .*claims 00000000000000/);
  });

  it('a false season hash names the season where the games parted', () => {
    const fake = { ...record, seasonHashes: ['0123456789abcd'], hash: undefined };
    const r = run('sim', ['--level', 'tutorial', '--replay', write('season', fake)]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('diverged in season 1');
  });

  it('a seed that --seed refuses is refused in a replay too', () => {
    const r = run('sim', [
      '--level',
      'tutorial',
      '--replay',
      write('seed', { ...record, seed: 'no spaces' }),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad seed "no spaces"');
  });
});
