// Words derived from the game: names, hint lines picked by visitor, news, order origins, lead
// statuses, the CEO's reading of a promise, and what the conversation card says after a choice.

import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { shippedLevel } from '../../src/levels/registry';
import { type Order, runBot } from '../../src/sim';
import { findOutcome, type OutcomeEvent, outcomeLines } from '../../src/ui/card-text';
import {
  accountName,
  ambitionOf,
  botKey,
  ceoLine,
  hintLine,
  leadQualityKey,
  leadStatusText,
  meanTrust,
  newsLine,
  newsWhen,
  orderSentence,
  originText,
  supplierColor,
  supplierName,
  supplierNameById,
} from '../../src/ui/text';
import { leadWeeksLeft } from '../../src/view';

const L = shippedLevel('the-fair');
const en = translator('en');
const nl = translator('nl');
const game = runBot(L, '42', 'listener');
const s = game.state;

describe('names and colours', () => {
  it('names us and the competitors in both languages', () => {
    expect(supplierName(L, 0, 'en')).toBe(L.company.name.en);
    expect(supplierName(L, 1, 'nl')).toBe(L.competitors[0]?.name.nl);
    expect(supplierNameById(L, 'us', 'nl')).toBe(L.company.name.nl);
    expect(supplierNameById(L, L.competitors[1]?.id ?? '', 'en')).toBe(L.competitors[1]?.name.en);
    expect(supplierColor(L, 'us')).toBe(L.company.color);
    expect(supplierColor(L, 'nobody')).toMatch(/^#/);
  });

  it('names people and their companies', () => {
    const who = accountName(L, s, 0);
    expect(who.name.length).toBeGreaterThan(2);
    expect(who.company.length).toBeGreaterThan(2);
  });
});

describe('hint lines', () => {
  it('are one of the need’s hints, always the same for the same visitor', () => {
    for (let v = 0; v < 20; v++) {
      const line = hintLine(L, 0, v, 'en');
      expect(L.needs[0]?.hints.en).toContain(line);
      expect(hintLine(L, 0, v, 'en')).toBe(line);
      expect(L.needs[0]?.hints.nl).toContain(hintLine(L, 0, v, 'nl'));
    }
  });

  it('vary between visitors', () => {
    const lines = new Set(Array.from({ length: 12 }, (_, v) => hintLine(L, 1, v, 'en')));
    expect(lines.size).toBeGreaterThan(1);
  });

  it('are empty for an unknown need', () => {
    expect(hintLine(L, 99, 1, 'en')).toBe('');
  });
});

describe('news and the CEO', () => {
  it('puts every news item of a real game into words', () => {
    expect(s.news.length).toBeGreaterThan(0);
    s.news.forEach((_, i) => {
      const text = newsLine(en, L, s.news, i, 'en');
      expect(text).not.toMatch(/[{}]/);
      expect(text.length).toBeGreaterThan(5);
      expect(newsLine(nl, L, s.news, i, 'nl')).not.toMatch(/[{}]/);
    });
  });

  it('says layoffs in singular and plural', () => {
    const base = { season: 0, week: 3, kind: 'layoff' as const, supplier: 1, tone: '' };
    const name = L.competitors[0]?.name.en ?? '';
    expect(newsLine(en, L, [{ ...base, amount: 3 }], 0, 'en')).toBe(`${name} lets 3 people go.`);
    expect(newsLine(en, L, [{ ...base, amount: 1 }], 0, 'en')).toBe(`${name} lets one person go.`);
  });

  it('never repeats a CEO line while the tone has others, and dates plan and fair news', () => {
    const said = { season: 0, kind: 'ceo' as const, supplier: 0, amount: 0 };
    const all = [4, 5, 8].map((week) => ({ ...said, week, tone: 'pleased' }));
    const lines = all.map((_, i) => newsLine(en, L, all, i, 'en'));
    expect(new Set(lines.slice(0, L.ceo.messages.pleased.en.length)).size).toBe(
      Math.min(3, L.ceo.messages.pleased.en.length),
    );
    expect(newsWhen(en, { ...said, week: 0, tone: 'promise' })).toBe('At the plan');
    expect(newsWhen(en, { ...said, week: 0, tone: 'pleased' })).toBe('At the fair');
    expect(newsWhen(nl, { ...said, week: 4, tone: 'pleased' })).toBe('Week 4');
    // A real game: the fair's remark is dated at the fair, whatever week the season before ended in.
    const fairRemarks = s.news.filter((n) => n.kind === 'ceo' && n.tone !== 'promise' && n.week === 0);
    expect(fairRemarks.length).toBeGreaterThanOrEqual(1);
    expect(s.news.filter((n) => n.kind === 'ceo' && n.tone === 'promise').every((n) => n.week === 0)).toBe(
      true,
    );
  });

  it('picks the CEO’s lines by tone, and the firing line', () => {
    expect(L.ceo.messages.pleased.en).toContain(ceoLine(L, 'pleased', 3, 'en'));
    expect(ceoLine(L, 'fired', 0, 'nl')).toBe(L.ceo.messages.fired.nl);
    expect(L.ceo.messages.worried.en).toContain(ceoLine(L, 'no-such-tone', 0, 'en'));
  });
});

describe('order origins', () => {
  const order = (origin: Order['origin']): Order => ({
    id: 0,
    supplier: 0,
    account: 1,
    season: 1,
    week: 3,
    value: 1_840_000,
    origin,
    afterFired: false,
  });

  it('tells where each kind of order came from, with 1-based fair days', () => {
    expect(originText(en, L, s, order({ kind: 'fair', day: 0 }))).toBe('— signed at the fair on day 1.');
    expect(originText(en, L, s, order({ kind: 'follow-up', lead: 0, day: 1, season: 1 }))).toBe(
      '— after your conversation on day 2 of the fair.',
    );
    expect(originText(en, L, s, order({ kind: 'follow-up', lead: 0, day: 1, season: 0 }))).toContain(
      'season 1',
    );
    expect(originText(en, L, s, order({ kind: 'referral', via: 2 }))).toContain(accountName(L, s, 2).name);
    expect(originText(en, L, s, order({ kind: 'regular' }))).toBe('— a regular order.');
  });

  it('makes a whole sentence with the money in the player’s language', () => {
    const who = accountName(L, s, 1);
    const o = order({ kind: 'follow-up', lead: 0, day: 1, season: 1 });
    expect(orderSentence(en, L, s, o, 'en')).toBe(
      `${who.name} (${who.company}) ordered €18,400 — after your conversation on day 2 of the fair.`,
    );
    expect(orderSentence(nl, L, s, o, 'nl')).toContain('18.400');
  });

  it('covers every order of a real game without leftovers', () => {
    for (const o of s.orders.slice(0, 200))
      expect(orderSentence(en, L, s, o, 'en')).not.toMatch(/[{}]|undefined/);
  });
});

describe('leads, promises and trust', () => {
  it('names every lead status', () => {
    for (const st of ['open', 'proposed', 'won', 'lost', 'cold'] as const) {
      expect(leadStatusText(en, st).length).toBeGreaterThan(1);
    }
    expect(leadQualityKey(1)).toBe('lead.warm');
    expect(leadQualityKey(0.5)).toBe('lead.good');
    expect(leadQualityKey(0.1)).toBe('lead.short');
  });

  it('counts the weeks left to follow up, this week included', () => {
    const cold = L.model.leadColdWeeks;
    expect(leadWeeksLeft(L, 0)).toBe(cold + 1);
    expect(leadWeeksLeft(L, cold)).toBe(1);
    expect(leadWeeksLeft(L, cold + 3)).toBe(0);
  });

  it('reads a promise the way the CEO does', () => {
    expect(ambitionOf(0.03, 0.03)).toBe('timid');
    expect(ambitionOf(0.05, 0.03)).toBe('modest');
    expect(ambitionOf(0.1, 0.03)).toBe('solid');
    expect(ambitionOf(0.2, 0.03)).toBe('bold');
    expect(ambitionOf(0.5, 0.03)).toBe('reckless');
  });

  it('averages trust within 0..1', () => {
    const now = meanTrust(s, 0);
    const start = meanTrust(s, 0, true);
    expect(now).toBeGreaterThan(0);
    expect(now).toBeLessThanOrEqual(1);
    expect(start).toBeGreaterThan(0);
  });

  it('names the bots', () => {
    expect(en(botKey('listener'))).toBe('The listener bot');
    expect(en(botKey('listener-no-followup'))).toContain('never follows up');
    expect(en(botKey('whoever'))).toBe('The random bot');
  });
});

describe('the conversation card’s outcome', () => {
  const ev = (over: Partial<OutcomeEvent>): OutcomeEvent => ({
    t: 'outcome',
    visitor: 4,
    booth: 0,
    action: 'listen',
    byPlayer: true,
    order: -1,
    sold: 0,
    lead: -1,
    trust: 0,
    irritation: 0,
    learned: -1,
    ...over,
  });

  it('says what a conversation brought', () => {
    const lines = outcomeLines(en, L, ev({ lead: 3, trust: 0.04, learned: 0 }), 'en');
    expect(lines.map((l) => l.kind)).toEqual(['learned', 'lead', 'trustUp']);
    expect(lines[0]?.text).toContain(L.needs[0]?.learned.en ?? '?');
  });

  it('says what a pitch brought: an order, or irritation', () => {
    expect(outcomeLines(en, L, ev({ action: 'pitch', sold: 1_355_900, order: 7 }), 'en')[0]?.text).toBe(
      'They signed an order: €13,559.',
    );
    const kinds = outcomeLines(en, L, ev({ action: 'pitch', irritation: 0.2, trust: -0.03 }), 'en').map(
      (l) => l.kind,
    );
    expect(kinds).toEqual(['trustDown', 'irritated']);
  });

  it('says so when nothing happened', () => {
    expect(outcomeLines(nl, L, ev({ action: 'brochure' }), 'nl').map((l) => l.kind)).toEqual(['nothing']);
  });

  it('finds the player’s newest outcome for a visitor among the events', () => {
    const events = [
      ev({ visitor: 4, lead: 1 }),
      ev({ visitor: 5 }),
      ev({ visitor: 4, lead: 2, byPlayer: false }),
      ev({ visitor: 4, lead: 3 }),
    ];
    expect(findOutcome(events, 4)?.lead).toBe(3);
    expect(findOutcome(events, 9)).toBeNull();
    expect(findOutcome([{ t: 'arrive', visitor: 4 }], 4)).toBeNull();
  });
});
