// The debrief board's model with real bot games: lines, ghosts, spread, listening share,
// runs on another world set aside, room-wide facts, and the CSV in both languages.
import { describe, expect, it } from 'vitest';
import { boardCsv, csvField } from '../../src/board/csv';
import { type BoardRun, buildBoard, handledVisitors, listeningShare, spreadOf } from '../../src/board/model';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { shippedLevel } from '../../src/levels/registry';
import { type BotName, runBot } from '../../src/sim';

const fair = shippedLevel('the-fair');
const bots: BotName[] = [
  'pusher',
  'listener',
  'balanced',
  'random',
  'listener-no-followup',
  'listener',
  'pusher',
];
const runs: BoardRun[] = bots.map((b, i) => ({
  id: `r${i}`,
  label: i === 0 ? '=cmd;"Jo"' : `P${i}`,
  source: 'code',
  game: runBot(fair, '42', b),
}));

describe('board model', () => {
  const board = buildBoard([
    ...runs,
    { id: 'x', label: 'other', source: 'code', game: runBot(fair, '7', 'listener') },
  ]);

  it('keeps the runs of one world and sets the others aside', () => {
    expect(board.lines).toHaveLength(bots.length);
    expect(board.setAside.map((r) => r.id)).toEqual(['x']);
    expect(board.seed).toBe('42');
  });

  it('gives every run its cumulative line and the ghosts the same length', () => {
    const n = fair.seasons * (fair.weeksAfter + 1);
    for (const l of board.lines) expect(l.cumulative.length).toBeLessThanOrEqual(n);
    expect(board.ghosts?.listener).toHaveLength(n);
    expect(board.ghosts?.listener.at(-1)).toBe(board.lines[1]?.revenue);
  });

  it('computes the spread of final revenue', () => {
    const revs = board.lines.map((l) => l.revenue);
    expect(board.revenue?.min).toBe(Math.min(...revs));
    expect(board.revenue?.max).toBe(Math.max(...revs));
    expect(spreadOf([1, 2, 3, 4, 5])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 5 });
  });

  it('measures listening: the listener listens more than the pusher', () => {
    const [pusher, listener] = board.lines;
    expect(listener?.listeningShare).toBeGreaterThan(pusher?.listeningShare ?? 1);
    expect(listeningShare(runs[1]?.game as never)).toBeGreaterThan(0.5);
  });

  it('finds room-wide facts from visitors met by several runs', () => {
    expect(handledVisitors(runs[1]?.game as never).length).toBeGreaterThan(0);
    expect(board.facts.length).toBeGreaterThan(0);
    expect(board.facts.length).toBeLessThanOrEqual(5);
    for (const f of board.facts) {
      expect(f.met).toBe(f.pitched + f.listened);
      expect(f.listenedOrdered / f.listened).toBeGreaterThan(f.pitchedOrdered / f.pitched);
      expect(f.visitor).toMatch(/\S/);
    }
  });

  it('writes CSV with a BOM, the language separator and safe fields', () => {
    const names = (l: { run: BoardRun }) => l.run.label ?? '';
    const e = boardCsv(board.lines, 'en', en.board.csv, names);
    const d = boardCsv(board.lines, 'nl', nl.board.csv, names);
    expect(e.startsWith('\uFEFFname,season,')).toBe(true);
    expect(d.startsWith('\uFEFFnaam;seizoen;')).toBe(true);
    expect(e.split('\r\n')[1]).toMatch(/^"'=cmd;""Jo""",1,\d+\.\d\d,/);
    expect(d.split('\r\n')[1]).toMatch(/^"'=cmd;""Jo""";1;\d+,\d\d;/);
    const rows = e.trim().split('\r\n').length - 1;
    expect(rows).toBe(board.lines.reduce((a, l) => a + l.run.game.state.history.length, 0));
    expect(csvField('-5', ',')).toBe("'-5");
    expect(csvField('a,b', ',')).toBe('"a,b"');
  });
});
