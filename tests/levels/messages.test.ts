// The messages a designer reads, one kind at a time, on the small valid fixture with one
// thing changed in memory: types and ranges, fields, texts, references, shares, versions,
// JSON syntax, and that loading never throws whatever it is given.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatNotes,
  formatProblems,
  type LevelProblem,
  parseLevelData,
  parseLevelText,
} from '../../src/levels/load';
import { CLAIM_BOTS } from '../../src/levels/references';
import { BOT_NAMES } from '../../src/sim/bots';

// biome-ignore lint/suspicious/noExplicitAny: the tests edit level data freely
type Data = Record<string, any>;
const TEXT = readFileSync(new URL('../fixtures/levels/valid-small.json', import.meta.url), 'utf8');
const base = (): Data => JSON.parse(TEXT);

/** The problems of the base level after `change`. */
function problemsAfter(change: (d: Data) => void): LevelProblem[] {
  const d = base();
  change(d);
  const res = parseLevelData(d);
  return res.ok ? [] : res.problems;
}
const one = (pointer: string, message: string) => [{ pointer, message }];

describe('types, ranges and fields', () => {
  it('says what a number, a whole number, an enum, a colour and an id should be', () => {
    expect(problemsAfter((d) => (d.competitors[0].staff = 2.5))).toEqual(
      one('/competitors/0/staff', 'expected a whole number from 1 to 100, got 2.5'),
    );
    expect(problemsAfter((d) => (d.model = { pitchTicks: 0 }))).toEqual(
      one('/model/pitchTicks', 'expected a whole number from 1 to 16, got 0'),
    );
    expect(problemsAfter((d) => (d.competitors[0].showsInnovations = 'yes'))).toEqual(
      one('/competitors/0/showsInnovations', 'expected true or false, got "yes"'),
    );
    expect(problemsAfter((d) => (d.company.color = 'red'))).toEqual(
      one('/company/color', 'expected a colour as #rrggbb (like "#2f7d6d"), got "red"'),
    );
    expect(problemsAfter((d) => (d.id = 'Small Fair'))).toEqual(
      one(
        '/id',
        'expected an id of lower case letters, digits and dashes (like "big-fair"), got "Small Fair"',
      ),
    );
    expect(problemsAfter((d) => (d.claims[0].metric = 'revenue'))).toEqual(
      one(
        '/claims/0/metric',
        'expected one of "fairRevenue", "cumulativeRevenue", "seasonRevenue", "afterFairRevenue", "cumulativeProfit", got "revenue"',
      ),
    );
  });

  it('says what a list, a text pair, a range and a need map should be', () => {
    expect(problemsAfter((d) => (d.people.firstNames = ['Anneke']))).toEqual(
      one('/people/firstNames', 'expected a list of non-empty texts (at least 4), got 1 item'),
    );
    expect(problemsAfter((d) => (d.fair.buyingMood = 0.1))).toEqual(
      one('/fair/buyingMood', 'expected a list of numbers from 0 to 1 (at least one), got 0.1'),
    );
    expect(problemsAfter((d) => (d.lesson = 'Listen.'))).toEqual(
      one('/lesson', 'expected a text in English and Dutch, like {"en": "…", "nl": "…"}, got "Listen."'),
    );
    expect(problemsAfter((d) => (d.segments[0].openness = 0.5))).toEqual(
      one(
        '/segments/0/openness',
        'expected a range like {"min": …, "max": …} of numbers from 0 to 1, got 0.5',
      ),
    );
    expect(problemsAfter((d) => (d.company.fit = [0.5]))).toEqual(
      one('/company/fit', 'expected an object giving a number from 0 to 1 for each need id, got [0.5]'),
    );
    expect(problemsAfter((d) => (d.claims[0] = 'pusher wins'))).toEqual(
      one(
        '/claims/0',
        'expected an object with "kind" one of "compare", "layoffs", "fired", "not-fired", "fair-share", "unpaid-layoffs", got "pusher wins"',
      ),
    );
  });

  it('shortens a long value', () => {
    const [p] = problemsAfter((d) => (d.seasons = 'four seasons, one for every year of the nineties'));
    expect(p?.message).toBe(
      'expected a whole number from 1 to 20, got "four seasons, one for every year of t…"',
    );
  });

  it('names a missing field with its description, and a missing claim kind', () => {
    expect(problemsAfter((d) => delete d.accounts)).toEqual(
      one('/accounts', 'missing required field "accounts" (Customer accounts in the market.)'),
    );
    expect(problemsAfter((d) => delete d.claims[0].kind)).toEqual(
      one('/claims/0/kind', 'missing required field "kind" (What kind of claim this is.)'),
    );
    expect(problemsAfter((d) => (d.claims[0].kind = 'beats'))).toEqual(
      one(
        '/claims/0/kind',
        'expected one of "compare", "layoffs", "fired", "not-fired", "fair-share", "unpaid-layoffs", got "beats"',
      ),
    );
  });

  it('suggests a close field name, an old name, or nothing', () => {
    expect(problemsAfter((d) => (d.team.listeningSkil = 0.3))).toEqual(
      one('/team/listeningSkil', 'unknown field "listeningSkil" — did you mean "listeningSkill"?'),
    );
    expect(problemsAfter((d) => (d.competitors[0].PushShare = 0.3))).toEqual(
      one('/competitors/0/PushShare', 'unknown field "PushShare" — did you mean "pushShare"?'),
    );
    expect(problemsAfter((d) => (d.weeks = 6))).toEqual(
      one('/weeks', 'unknown field "weeks" — did you mean "weeksAfter"?'),
    );
    expect(problemsAfter((d) => (d.fair.booths.tiny = {}))).toEqual(
      one('/fair/booths/tiny', 'unknown field "tiny"'),
    );
  });
});

describe('texts in two languages', () => {
  it('says which language is missing, empty or blank', () => {
    expect(problemsAfter((d) => delete d.description.en)).toEqual(
      one('/description/en', 'missing English text (en)'),
    );
    expect(problemsAfter((d) => (d.ceo.messages.fired.nl = ''))).toEqual(
      one('/ceo/messages/fired/nl', 'missing Dutch text (nl)'),
    );
    expect(problemsAfter((d) => (d.needs[0].learned.nl = '   '))).toEqual(
      one('/needs/0/learned/nl', 'missing Dutch text (nl)'),
    );
  });

  it('wants lines as non-empty lists of non-empty texts', () => {
    expect(problemsAfter((d) => delete d.briefing.nl)).toEqual(
      one('/briefing/nl', 'missing Dutch lines (nl)'),
    );
    expect(problemsAfter((d) => (d.needs[1].hints.en = []))).toEqual(
      one('/needs/1/hints/en', 'missing English lines (en): give at least one line'),
    );
    expect(problemsAfter((d) => d.improvements.innovations.nl.push(''))).toEqual(
      one('/improvements/innovations/nl/2', 'empty line: write the text or remove the line'),
    );
    expect(problemsAfter((d) => d.ceo.messages.angry.en.push(' '))).toEqual(
      one('/ceo/messages/angry/en/1', 'empty line: write the text or remove the line'),
    );
  });
});

describe('references', () => {
  it('a fit must name every need, and only needs', () => {
    expect(
      problemsAfter((d) => {
        d.company.fit = { speed: 0.5, service: 0.5, features: 0.6 };
      }),
    ).toEqual([
      { pointer: '/company/fit', message: 'missing fit for need "uptime"' },
      { pointer: '/company/fit/speed', message: 'unknown need "speed" — did you mean "uptime"?' },
    ]);
    expect(problemsAfter((d) => delete d.competitors[0].fit.service)).toEqual(
      one('/competitors/0/fit', 'missing fit for need "service"'),
    );
  });

  it('weights may leave a need out but not name an unknown one', () => {
    expect(problemsAfter((d) => delete d.segments[1].needWeights.features)).toEqual([]);
    expect(problemsAfter((d) => (d.segments[1].needWeights.colour = 1))).toEqual(
      one(
        '/segments/1/needWeights/colour',
        'unknown need "colour" (the needs are "uptime", "service", "features")',
      ),
    );
  });

  it('a broken list of needs is reported once, not as an unknown need in every fit', () => {
    expect(problemsAfter((d) => (d.needs = 'uptime, service'))).toEqual(
      one('/needs', 'expected a list of objects (1 to 8), got "uptime, service"'),
    );
  });

  it('ids are unique and "us" is ours', () => {
    expect(problemsAfter((d) => (d.needs[2].id = 'service'))).toContainEqual({
      pointer: '/needs/2/id',
      message: 'duplicate need id "service" (also at /needs/1)',
    });
    expect(problemsAfter((d) => d.competitors.push({ ...d.competitors[0] }))).toEqual(
      one('/competitors/1/id', 'duplicate competitor id "copytron" (also at /competitors/0)'),
    );
    expect(problemsAfter((d) => (d.claims[2].id = d.claims[0].id))).toEqual(
      one('/claims/2/id', 'duplicate claim id "pusher-wins-fair-day" (also at /claims/0)'),
    );
    expect(problemsAfter((d) => (d.competitors[0].id = 'us'))).toEqual(
      one('/competitors/0/id', 'the id "us" is reserved for our own company; choose another'),
    );
  });

  it('claims name known bots and seasons of the level', () => {
    expect(problemsAfter((d) => (d.claims[2].bots = ['pusher', 'randon']))).toEqual(
      one('/claims/2/bots/1', 'unknown bot "randon" — did you mean "random"?'),
    );
    expect(problemsAfter((d) => (d.claims[1].bot = 'me'))).toEqual(
      one(
        '/claims/1/bot',
        'unknown bot "me" (the bots are "pusher", "listener", "balanced", "listener-no-followup", "listener-bold", "attentive", "idle", "random")',
      ),
    );
    expect(problemsAfter((d) => (d.claims[0].b = 'pusher'))).toEqual(
      one('/claims/0/b', 'compares bot "pusher" with itself; name two different bots'),
    );
    expect(problemsAfter((d) => (d.claims[1].bySeason = 3))).toEqual(
      one('/claims/1/bySeason', 'expected a season from 1 to 2 (the level has 2 seasons), got 3'),
    );
  });

  it('the claim bots are the bots of the simulation', () => {
    expect([...CLAIM_BOTS]).toEqual([...BOT_NAMES]);
  });

  it('favouriteNeed is a need id', () => {
    expect(problemsAfter((d) => (d.improvements.favouriteNeed = 'feature'))).toEqual(
      one('/improvements/favouriteNeed', 'unknown need "feature" — did you mean "features"?'),
    );
  });

  it('ranges run from min to max, shares add up to something, one buying mood per season at most', () => {
    expect(problemsAfter((d) => (d.model = { stayTicks: { min: 20, max: 10 } }))).toEqual(
      one('/model/stayTicks', 'min (20) is greater than max (10)'),
    );
    expect(problemsAfter((d) => (d.segments[1].cycleWeeks.min = 9))).toEqual([]);
    expect(
      problemsAfter((d) => {
        d.company.marketShare = 0;
        d.competitors[0].marketShare = 0;
      }),
    ).toEqual(
      one(
        '/company/marketShare',
        'the market shares of our company and the competitors add up to 0; give at least one a share above 0',
      ),
    );
    expect(problemsAfter((d) => (d.fair.buyingMood = [0.1, 0.1, 0.1, 0.1]))).toEqual(
      one('/fair/buyingMood', 'has 4 values but the level has 2 seasons'),
    );
    expect(problemsAfter((d) => (d.fair.buyingMood = [0.1]))).toEqual([]);
  });
});

describe('schemaVersion', () => {
  const READS = 'this game reads schemaVersion 2 and upgrades files from schemaVersion 1 on';
  it('asks for a missing or malformed version and still checks the rest', () => {
    expect(problemsAfter((d) => delete d.schemaVersion)).toEqual(
      one('/schemaVersion', `missing required field "schemaVersion": add "schemaVersion": 2 (${READS})`),
    );
    expect(problemsAfter((d) => (d.schemaVersion = '2'))).toEqual(
      one('/schemaVersion', `expected the number 2 (${READS}), got "2"`),
    );
    expect(
      problemsAfter((d) => {
        d.schemaVersion = 0;
        d.seasons = 0;
      }),
    ).toEqual([
      { pointer: '/schemaVersion', message: `expected the number 2 (${READS}), got 0` },
      { pointer: '/seasons', message: 'expected a whole number from 1 to 20, got 0' },
    ]);
  });

  it('points at fields of an upgraded file as they are written', () => {
    const problems = problemsAfter((d) => {
      d.schemaVersion = 1;
      d.competitors[0].pitchShare = 2;
      delete d.competitors[0].pushShare;
    });
    expect(problems).toEqual(one('/competitors/0/pitchShare', 'expected a number from 0 to 1, got 2'));
  });
});

describe('JSON syntax', () => {
  const at = (text: string) => {
    const res = parseLevelText(text);
    return res.ok ? '' : res.problems.map((p) => p.message).join('\n');
  };
  it('gives line, column and reason', () => {
    expect(at('{\n  "a": 1,\n}')).toBe(
      'invalid JSON at line 3, column 1: a comma before } is not allowed in JSON (remove the last comma)',
    );
    expect(at('{\n  "a": [1, 2,]\n}')).toBe(
      'invalid JSON at line 2, column 14: a comma before ] is not allowed in JSON (remove the last comma)',
    );
    expect(at('{\n  "a": high\n}')).toBe(
      'invalid JSON at line 2, column 8: unexpected high: write texts in double quotes, like "high"',
    );
    expect(at('{\n  // note\n  "a": 1\n}')).toBe(
      'invalid JSON at line 2, column 3: comments are not allowed in JSON',
    );
    expect(at("{'a': 1}")).toBe(
      'invalid JSON at line 1, column 2: field names must be in double quotes ("…"), not single quotes',
    );
    expect(at('{"a": [1 2]}')).toBe('invalid JSON at line 1, column 10: missing comma between list items');
    expect(at('{"a": {"b": 1}')).toBe(
      'invalid JSON at line 1, column 15: the file ends too early: an object is not closed with }',
    );
    expect(at('{"a": "two\nlines"}')).toBe(
      'invalid JSON at line 1, column 11: a text may not run over a line break (write \\n for a new line)',
    );
    expect(at('{} {}')).toBe(
      'invalid JSON at line 1, column 4: unexpected text after the end of the level (one object only)',
    );
  });

  it('treats whitespace as empty and ignores a byte-order mark', () => {
    expect(at(' \n\t ')).toBe('the file is empty');
    expect(at('\uFEFF')).toBe('the file is empty');
    expect(parseLevelText(`\uFEFF${TEXT}`).ok).toBe(true);
  });

  it('says when the file is not one object', () => {
    expect(at('"level"')).toBe('the file must hold one level as a JSON object { … }, not a text');
    expect(at('null')).toBe('the file must hold one level as a JSON object { … }, not null');
  });
});

describe('formatting', () => {
  it('renders one line per problem and per note', () => {
    expect(
      formatProblems('levels/x.json', [
        { pointer: '/competitors/0/pushShare', message: 'expected a number from 0 to 1, got "high"' },
        { pointer: '', message: 'the file is empty' },
      ]),
    ).toEqual([
      'levels/x.json: /competitors/0/pushShare: expected a number from 0 to 1, got "high"',
      'levels/x.json: /: the file is empty',
    ]);
    expect(formatNotes('x.json', [{ pointer: '/weeks', message: 'renamed' }])).toEqual([
      'x.json: /weeks: note: renamed',
    ]);
  });

  it('escapes / and ~ in pointers', () => {
    expect(problemsAfter((d) => (d.segments[0].needWeights['a/b~c'] = 1))[0]?.pointer).toBe(
      '/segments/0/needWeights/a~1b~0c',
    );
  });
});

describe('never throws', () => {
  it('on any text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const res = parseLevelText(s);
        return res.ok || res.problems.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('on any JSON value, or the level with any field replaced by any JSON value', () => {
    const paths: string[][] = [];
    const collect = (v: unknown, path: string[]) => {
      paths.push(path);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) collect(c, [...path, k]);
    };
    collect(base(), []);
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(paths.length - 1), (value, i) => {
        expect(parseLevelData(value).ok).toBe(false);
        const d = base();
        const path = paths[i] ?? [];
        if (path.length === 0) return;
        let parent: Data = d;
        for (const k of path.slice(0, -1)) parent = parent[k] as Data;
        parent[path[path.length - 1] as string] = value;
        const res = parseLevelData(d);
        if (!res.ok) for (const p of res.problems) expect(p.message).not.toMatch(/^Invalid|Too (small|big)/);
      }),
      { numRuns: 300 },
    );
  });
});
