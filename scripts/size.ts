import { shippedLevel } from '../src/levels/registry';
import { runBot, hashValue } from '../src/sim';
const L = shippedLevel('the-fair');
const g = runBot(L, 's1', 'listener');
const s = g.state as unknown as Record<string, unknown>;
let n = 0;
const count = (v: unknown): void => { if (Array.isArray(v)) v.forEach(count); else if (v && typeof v === 'object') Object.values(v).forEach(count); else n++; };
for (let r = 0; r < 3; r++) for (const k of ['accounts','knowledge','trust','leads','orders']) {
  n = 0; count(s[k]);
  const t = performance.now();
  for (let i = 0; i < 2000; i++) hashValue(s[k]);
  const dt = (performance.now() - t) / 2000;
  if (r === 2) console.log(k, n, 'values', (dt*1000).toFixed(1), 'us', (dt*1e6/n).toFixed(1), 'ns/value');
}
