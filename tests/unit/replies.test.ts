// What visitors say back on the card (ui/card-text.ts, from the level's people.replies): the kind
// of reply follows what happened, every line exists in both languages, a level may write its
// own, and the face on the card is the hall's person.
import { describe, expect, it } from 'vitest';
import { parseLevelData } from '../../src/levels/load';
import { SHIPPED_LEVEL_IDS, shippedLevel } from '../../src/levels/registry';
import { DEFAULT_REPLIES } from '../../src/levels/replies';
import {
  MOOD_OPEN,
  MOOD_TIGHT,
  memoryLine,
  moodLine,
  type OutcomeEvent,
  replyKind,
  replyLine,
  voiceLine,
} from '../../src/ui/card-text';

function outcome(sold: number, irritation: number): OutcomeEvent {
  return {
    t: 'outcome',
    visitor: 1,
    byPlayer: true,
    sold,
    irritation,
    trust: 0,
    lead: -1,
    learned: -1,
  } as OutcomeEvent;
}

describe('what a visitor says back', () => {
  it('follows what happened: signed, refused with annoyance, declined politely, heard, brochure', () => {
    expect(replyKind('pitch', outcome(100, 0))).toBe('signed');
    expect(replyKind('pitch', outcome(0, 0.1))).toBe('refused');
    expect(replyKind('pitch', outcome(0, 0))).toBe('declined');
    expect(replyKind('listen', outcome(0, 0))).toBe('heard');
    expect(replyKind('brochure', outcome(0, 0))).toBe('brochure');
    expect(replyKind('ask', outcome(0, 0))).toBeNull();
  });

  it('every shipped level has lines for every reply and memory, in English and Dutch', () => {
    for (const id of SHIPPED_LEVEL_IDS) {
      const L = shippedLevel(id);
      for (const kind of ['signed', 'refused', 'declined', 'heard', 'brochure'] as const)
        for (const lang of ['en', 'nl'] as const)
          expect(replyLine(L, kind, 5, lang).length).toBeGreaterThan(3);
      for (const m of ['proposal', 'pitched', 'talked', 'loyal'] as const)
        for (const lang of ['en', 'nl'] as const)
          expect(memoryLine(L, m, 5, lang)?.length).toBeGreaterThan(3);
      expect(memoryLine(L, null, 5, 'en')).toBeNull();
    }
  });

  it('picks the same line for the same visitor and varies between visitors', () => {
    const L = shippedLevel('the-fair');
    expect(replyLine(L, 'heard', 4, 'en')).toBe(replyLine(L, 'heard', 4, 'en'));
    const seen = new Set(Array.from({ length: 12 }, (_, v) => replyLine(L, 'heard', v, 'en')));
    expect(seen.size).toBe(DEFAULT_REPLIES.after.heard.en.length);
  });

  it('uses a level’s own lines, and refuses a level whose lines are not text', () => {
    const data = structuredClone(shippedLevel('tutorial')) as unknown as {
      people: { replies: typeof DEFAULT_REPLIES };
    };
    data.people.replies = structuredClone(DEFAULT_REPLIES);
    data.people.replies.after.heard = { en: ['Our own line.'], nl: ['Onze eigen regel.'] };
    const ok = parseLevelData(data);
    expect(ok.ok && replyLine(ok.level, 'heard', 9, 'nl')).toBe('Onze eigen regel.');
    data.people.replies.after.heard = { en: [], nl: ['x'] };
    const bad = parseLevelData(data);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad.problems)).toContain('/people/replies/after/heard/en');
  });

  it('lets people introduce themselves in their segment’s voice, in both languages', () => {
    for (const id of SHIPPED_LEVEL_IDS) {
      const L = shippedLevel(id);
      L.segments.forEach((seg, k) => {
        for (const lang of ['en', 'nl'] as const) {
          const lines = new Set(Array.from({ length: 12 }, (_, v) => voiceLine(L, k, v, lang)));
          expect([...lines].sort(), `${id}/${seg.id}/${lang}`).toEqual([...(seg.voice?.[lang] ?? [])].sort());
        }
      });
      // Segments speak differently: no line is shared between two segments of a level.
      const all = L.segments.flatMap((seg) => seg.voice?.en ?? []);
      expect(new Set(all).size).toBe(all.length);
    }
    const L = shippedLevel('the-fair');
    expect(voiceLine(L, 99, 1, 'en')).toBeNull();
    const quiet = structuredClone(L);
    delete (quiet.segments[0] as { voice?: unknown }).voice;
    expect(voiceLine(quiet, 0, 1, 'en')).toBeNull();
  });

  it('talks of tight budgets in a low buying mood, of money to spend in a high one, of neither between', () => {
    const L = structuredClone(shippedLevel('the-fair'));
    L.fair.buyingMood = [MOOD_TIGHT - 0.01, MOOD_TIGHT, MOOD_OPEN - 0.01, MOOD_OPEN];
    const tight = new Set(DEFAULT_REPLIES.mood.tight.nl);
    const open = new Set(DEFAULT_REPLIES.mood.open.nl);
    expect(tight.has(moodLine(L, 0, 3, 'nl') ?? '')).toBe(true);
    expect(moodLine(L, 1, 3, 'nl')).toBeNull();
    expect(moodLine(L, 2, 3, 'nl')).toBeNull();
    expect(open.has(moodLine(L, 3, 3, 'nl') ?? '')).toBe(true);
    // The last season's mood repeats.
    expect(moodLine(L, 7, 3, 'nl')).toBe(moodLine(L, 3, 3, 'nl'));
    // A shipped boom turns: money to spend at the first fair, tight budgets by the last.
    const boom = shippedLevel('boom-years');
    expect(DEFAULT_REPLIES.mood.open.en).toContain(moodLine(boom, 0, 1, 'en'));
    expect(DEFAULT_REPLIES.mood.tight.en).toContain(moodLine(boom, 3, 1, 'en'));
  });
});
