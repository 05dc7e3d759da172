// The debrief board's model (pure, no DOM): runs on one level and world → everyone's lines,
// the bots' ghosts, the spread, listening share against revenue, and the facts only a room
// that played the same world can see (who met the same visitor, what they did, what came of it).
import { type Action, apply, type Game, type GameSummary, newGame, type SimEvent, US } from '../sim';
import { cumulativeOfSummary, cumulativeSeries, ghosts, personName } from '../view/selectors';

export interface BoardRun {
  id: string;
  label: string | null;
  source: 'room' | 'code';
  game: Game;
  /** The result code the run came from, when it came from one (to open it in the replay). */
  code?: string;
}

export interface Spread {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface RunLine {
  run: BoardRun;
  /** Anonymous number, 1-based, in the order the runs were added. */
  n: number;
  cumulative: readonly number[];
  revenue: number;
  profit: number;
  listeningShare: number;
  fired: boolean;
}

/** A visitor many runs met: the handling counts and how many of the listeners got an order. */
export interface RoomFact {
  season: number;
  account: number;
  visitor: string;
  met: number;
  pitched: number;
  listened: number;
  listenedOrdered: number;
  pitchedOrdered: number;
  firstOrderWeek: number | null;
  score: number;
}

export interface BoardModel {
  level: string;
  seed: string;
  lines: RunLine[];
  setAside: BoardRun[];
  ghosts: { pusher: number[]; listener: number[] } | null;
  revenue: Spread | null;
  profit: Spread | null;
  facts: RoomFact[];
}

/** Quantile by linear interpolation on sorted values. */
function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return Math.round(a + (b - a) * (pos - lo));
}

export function spreadOf(values: number[]): Spread | null {
  if (!values.length) return null;
  const s = [...values].sort((x, y) => x - y);
  return {
    min: s[0] as number,
    q1: quantile(s, 0.25),
    median: quantile(s, 0.5),
    q3: quantile(s, 0.75),
    max: s.at(-1) as number,
  };
}

/** Share of the fair conversations (ours and our staff's) that were listening or asking. */
export function listeningShare(game: Game): number {
  let talks = 0;
  let pushy = 0;
  for (const h of game.state.history) {
    talks += h.conversations;
    pushy += h.pitches + h.brochures;
  }
  return talks > 0 ? Math.max(0, Math.min(1, (talks - pushy) / talks)) : 0;
}

export function profitOf(game: Game): number {
  return game.state.history.reduce(
    (a, h) => a + h.fairRevenue + h.weeklyRevenue.reduce((x, y) => x + y, 0) - h.costs,
    0,
  );
}

/** Each visitor our booth talked with (us or our staff), replayed with the sim's events. */
export function handledVisitors(game: Game): { season: number; account: number; action: Action }[] {
  const g = newGame(game.level, game.state.seed);
  const out: { season: number; account: number; action: Action }[] = [];
  const events: SimEvent[] = [];
  for (const c of game.log) {
    events.length = 0;
    if (!apply(g, c, events).ok) break;
    for (const e of events) {
      if (e.t !== 'outcome' || e.booth !== US) continue;
      const v = g.state.visitors[e.visitor];
      if (v) out.push({ season: g.state.season, account: v.account, action: e.action });
    }
  }
  return out;
}

/** The first week (season*100+week) from which the account ordered from us after `season`'s fair. */
function orderedLater(game: Game, account: number, season: number): number | null {
  let best: number | null = null;
  for (const o of game.state.orders) {
    if (o.supplier !== US || o.account !== account || o.afterFired) continue;
    if (o.season < season || (o.season === season && o.week === 0)) continue;
    const at = o.season * 100 + o.week;
    if (best === null || at < best) best = at;
  }
  return best;
}

type Tally = { met: number; pitched: number; listened: number; lo: number; po: number; first: number | null };

function tallyFacts(runs: BoardRun[]): Map<string, Tally> {
  const m = new Map<string, Tally>();
  for (const r of runs) {
    const seen = new Set<string>();
    for (const hv of handledVisitors(r.game)) {
      const key = `${hv.season}:${hv.account}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const t = m.get(key) ?? { met: 0, pitched: 0, listened: 0, lo: 0, po: 0, first: null };
      const later = orderedLater(r.game, hv.account, hv.season);
      t.met++;
      if (hv.action === 'listen' || hv.action === 'ask') {
        t.listened++;
        if (later !== null) {
          t.lo++;
          t.first = t.first === null ? later : Math.min(t.first, later);
        }
      } else {
        t.pitched++;
        if (later !== null) t.po++;
      }
      m.set(key, t);
    }
  }
  return m;
}

/** The most telling visitors: met by many, handled both ways, with the biggest difference in orders. */
export function roomFacts(runs: BoardRun[], max = 5): RoomFact[] {
  const first = runs[0];
  if (!first || runs.length < 2) return [];
  const level = first.game.level;
  const accounts = first.game.state.accounts;
  const facts: RoomFact[] = [];
  for (const [key, t] of tallyFacts(runs)) {
    if (t.met < Math.max(2, Math.ceil(runs.length * 0.3)) || t.listened === 0 || t.pitched === 0) continue;
    const [season, account] = key.split(':').map(Number) as [number, number];
    const acc = accounts[account];
    const gap = t.lo / t.listened - t.po / t.pitched;
    if (!acc || gap <= 0) continue;
    facts.push({
      season,
      account,
      visitor: personName(level, acc),
      met: t.met,
      pitched: t.pitched,
      listened: t.listened,
      listenedOrdered: t.lo,
      pitchedOrdered: t.po,
      firstOrderWeek: t.first === null ? null : t.first % 100,
      score: gap * t.met,
    });
  }
  return facts.sort((a, b) => b.score - a.score || a.account - b.account).slice(0, max);
}

function ghostLines(game: Game): { pusher: number[]; listener: number[] } | null {
  try {
    const g: { pusher: GameSummary; listener: GameSummary } = ghosts(game);
    return { pusher: cumulativeOfSummary(g.pusher), listener: cumulativeOfSummary(g.listener) };
  } catch {
    return null;
  }
}

/** The board of the runs on the first run's level and world; others are set aside. */
export function buildBoard(runs: BoardRun[]): BoardModel {
  const first = runs[0];
  if (!first)
    return {
      level: '',
      seed: '',
      lines: [],
      setAside: [],
      ghosts: null,
      revenue: null,
      profit: null,
      facts: [],
    };
  const level = first.game.level.id;
  const seed = first.game.state.seed;
  const same = runs.filter((r) => r.game.level.id === level && r.game.state.seed === seed);
  const setAside = runs.filter((r) => !same.includes(r));
  const lines = same.map((run, i) => {
    const cumulative = cumulativeSeries(run.game);
    return {
      run,
      n: i + 1,
      cumulative,
      revenue: cumulative.at(-1) ?? 0,
      profit: profitOf(run.game),
      listeningShare: listeningShare(run.game),
      fired: run.game.state.fired !== null,
    };
  });
  return {
    level,
    seed,
    lines,
    setAside,
    ghosts: ghostLines(first.game),
    revenue: spreadOf(lines.map((l) => l.revenue)),
    profit: spreadOf(lines.map((l) => l.profit)),
    facts: roomFacts(same),
  };
}
