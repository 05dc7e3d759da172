import { shippedLevel } from '../src/levels/registry';
import { botDecide, botStream, newGame } from '../src/sim';
const level = shippedLevel('the-fair');
const g = newGame(level, '1');
const r = botStream('1', 'listener');
const S = 4;
const mean = (sup: number) => (g.state.trust.filter((_, j) => j % S === sup).reduce((a, b) => a + b, 0) / 150).toFixed(3);
let steps = 0;
while (g.state.phase !== 'ended' && steps < 40) {
  const before = `${g.state.phase} t=${g.state.tick} w=${g.state.week}`;
  botDecide(g, 'listener', r);
  steps++;
  console.log(before, '->', g.state.phase, 'trust', mean(0), mean(1), 'short', g.state.suppliers.map((s) => s.shortfall.toFixed(2)).join('/'));
}
