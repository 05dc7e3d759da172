// The screens' wall is enforced by lint: in src/ui and src/scenes an import from src/sim must
// be type-only (values come through src/view and the store). The wall script must catch a
// probe's value imports, re-exports and dynamic imports, let its type-only imports pass, and
// pass on the real screens.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const probe = [
  "import './styles.css';",
  "import type { Game } from '../sim';",
  "import { type Lead, type Order } from '../../sim';",
  "import { seasonRevenue } from '../sim';",
  "import { type Visitor, US } from '../sim/context';",
  "export * from '../sim';",
  "// import { apply } from '../sim';",
  "export const later = () => import('../sim/game');",
  "import { h } from './dom';",
  "import { simulate } from '../simulator';",
  '',
].join('\n');

function wall(...dirs: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/check-screen-walls.ts', ...dirs], { encoding: 'utf8' });
}

describe('screen wall', () => {
  it('rejects value imports, re-exports and dynamic imports of the sim, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wall-probe-'));
    mkdirSync(join(dir, 'ui'));
    writeFileSync(join(dir, 'ui', 'probe.ts'), probe);
    const res = wall(dir);
    expect(res.status).toBe(1);
    const lines = res.stderr.trim().split('\n');
    expect(lines.map((l) => l.match(/probe\.ts:(\d+):/)?.[1])).toEqual(['4', '5', '6', '8']);
    expect(res.stderr).toMatch(/value import from "\.\.\/sim\/context"/);
    expect(res.stderr).toMatch(/dynamic import of "\.\.\/sim\/game"/);
  });

  it('src/ui and src/scenes pass', () => {
    const res = wall();
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
  });
});
