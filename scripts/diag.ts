// Tuning helper: prints, per season, what a bot's world looks like (shares, trust, irritation, orders by origin).
// Usage: npx tsx scripts/diag.ts <bot> <level> <seeds>
import { shippedLevel } from '../src/levels/registry';
import { apply, botDecide, botStream, isBotName, newGame, summarize } from '../src/sim';

const bot = process.argv[2] ?? 'listener';
const level = shippedLevel(process.argv[3] ?? 'the-fair');
const seeds = Number(process.argv[4] ?? 3);
if (!isBotName(bot)) throw new Error('bot');
const k = (c: number) => Math.round(c / 100000);
for (let i = 1; i <= seeds; i++) {
  const g = newGame(level, String(i));
  const r = botStream(String(i), bot);
  let lastSeason = -1;
  const report = () => {
    const s = g.state;
    const S = s.suppliers.length;
    const mains = new Array(S).fill(0);
    for (const m of s.mainSupplier) mains[m]++;
    const trust = Array.from({ length: S }, (_, sup) =>
      (s.trust.filter((_, j) => j % S === sup).reduce((a, b) => a + b, 0) / s.accounts.length).toFixed(2),
    );
    const irr = Array.from({ length: S }, (_, sup) =>
      (s.irritation.filter((_, j) => j % S === sup).reduce((a, b) => a + b, 0) / s.accounts.length).toFixed(
        2,
      ),
    );
    const st = s.history[s.season];
    const orders = s.orders.filter((o) => o.season === s.season);
    const by: Record<string, number> = {};
    for (const o of orders) by[o.origin.kind] = (by[o.origin.kind] ?? 0) + k(o.value);
    const leads = s.leads.filter((l) => l.season === s.season && l.supplier === 0);
    console.log(
      `  S${s.season + 1} ${s.phase} mains=${mains.join('/')} trust=${trust.join('/')} irr=${irr.join('/')} pat=${s.ceo.patience.toFixed(0)} mood=${s.team.mood.toFixed(0)} skill=${s.team.skill.toFixed(2)} staff=${s.suppliers.map((x) => x.staff).join('/')} cash=${s.suppliers.map((x) => k(x.cash)).join('/')}`,
    );
    if (st)
      console.log(
        `     target=${k(st.plan.revenueTarget)} base=${k(st.baseline)} orders=${JSON.stringify(by)} leads=${leads.length} won=${leads.filter((l) => l.status === 'won').length} conv=${st.conversations} pitches=${st.pitches} costs=${k(st.costs)} cap=${k(st.plan.costCap)}`,
      );
  };
  console.log(`seed ${i}`);
  report();
  while (g.state.phase !== 'ended') {
    botDecide(g, bot, r);
    if ((g.state.phase as string) === 'review' || (g.state.phase as string) === 'ended') {
      if (lastSeason !== g.state.season) {
        report();
        lastSeason = g.state.season;
      }
    }
  }
  const sm = summarize(g, bot);
  console.log(
    `  rev=${sm.seasons.map((x) => k(x.revenue)).join('/')} fair=${sm.seasons.map((x) => k(x.fairRevenue)).join('/')} comp=${sm.competitors.map((c) => c.seasons.map((x) => k(x.revenue)).join(',')).join(' | ')}`,
  );
}
void apply;
