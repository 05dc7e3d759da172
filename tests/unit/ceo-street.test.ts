// Which of the CEO's remarks the street's speech bubble shows (view/ceo-street.ts): his newest
// judgement of this season — the fair, his visit, a week — never his answer to the promise or word
// of whether he comes, and nothing of an earlier season.
import { describe, expect, it } from 'vitest';
import type { News } from '../../src/sim';
import { latestJudgement, latestJudgements } from '../../src/view/ceo-street';

const ceo = (season: number, week: number, tone: string): News => ({
  season,
  week,
  kind: 'ceo',
  supplier: 0,
  amount: 0,
  tone,
});
const layoff = (season: number, week: number): News => ({
  season,
  week,
  kind: 'layoff',
  supplier: 1,
  amount: 2,
  tone: '',
});

describe('the CEO in the street', () => {
  it('shows his newest judgement of the season', () => {
    const news = [ceo(0, 0, 'promise'), ceo(0, 0, 'visitGood'), ceo(0, 0, 'pleased'), layoff(0, 2)];
    expect(latestJudgement(news, 0)).toBe(2);
    news.push(ceo(0, 4, 'worried'), layoff(0, 5));
    expect(latestJudgement(news, 0)).toBe(4);
  });

  it('never his answer to the promise, word of his coming, or an earlier season', () => {
    expect(latestJudgement([ceo(0, 8, 'pleased'), ceo(1, 0, 'promise'), ceo(1, 0, 'visitAway')], 1)).toBe(-1);
    expect(latestJudgement([ceo(0, 0, 'visitComing')], 0)).toBe(-1);
    expect(latestJudgement([], 0)).toBe(-1);
  });

  it('gives every judgement of that week, oldest first: at the fair his visit, then the fair', () => {
    const news = [ceo(0, 0, 'promise'), ceo(0, 0, 'visitBad'), layoff(0, 0), ceo(0, 0, 'pleased')];
    expect(latestJudgements(news, 0)).toEqual([1, 3]);
    news.push(ceo(0, 4, 'worried'));
    expect(latestJudgements(news, 0)).toEqual([4]);
    expect(latestJudgements([ceo(0, 0, 'promise')], 0)).toEqual([]);
  });
});
