// Profiling helper: plays games by one bot so `node --cpu-prof` can show where time goes.
import { shippedLevel } from '../src/levels/registry';
import { isBotName, runBot } from '../src/sim';

const bot = process.argv[2] ?? 'listener';
const level = shippedLevel(process.argv[3] ?? 'the-fair');
if (!isBotName(bot)) throw new Error(`unknown bot ${bot}`);
for (let i = 0; i < 400; i++) runBot(level, `s${i}`, bot);
