// Result codes: round trip through code → decode → verify for bot games on every shipped
// level, distinct reasons for damaged and tampered codes, codes found in messy blobs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeReplay } from '../../src/codes/binary';
import { crc32, pipe, toBase64Url } from '../../src/codes/bytes';
import {
  decodeResultCode,
  encodeResultCode,
  findNamedCodes,
  findResultCodes,
  namedCode,
  verifyResultCode,
} from '../../src/codes/index';
import { SHIPPED_LEVEL_IDS, shippedLevel } from '../../src/levels/registry';
import {
  apply,
  BOT_NAMES,
  gameHash,
  newGame,
  planLimits,
  type Replay,
  runBot,
  SIM_VERSION,
  toReplay,
} from '../../src/sim';

const fair = shippedLevel('the-fair');
const listener = toReplay(runBot(fair, '42', 'listener'));

/** A code built from a replay record as is (checksum correct), to test what verify says. */
async function forge(r: Replay): Promise<string> {
  const packed = (await pipe(writeReplay(r), new CompressionStream('deflate-raw'), Infinity)) as Uint8Array;
  const head = packed.length < 0x80 ? [packed.length] : [(packed.length & 0x7f) | 0x80, packed.length >> 7];
  const out = new Uint8Array(head.length + packed.length + 4);
  out.set(head);
  out.set(packed, head.length);
  new DataView(out.buffer).setUint32(head.length + packed.length, crc32(packed));
  return `LB1-${toBase64Url(out)}`;
}

describe('result codes', () => {
  it('round-trips any bot game on any shipped level and seed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SHIPPED_LEVEL_IDS),
        fc.constantFrom(...BOT_NAMES),
        fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/),
        async (id, bot, seed) => {
          const game = runBot(shippedLevel(id), seed, bot);
          const code = await encodeResultCode(toReplay(game));
          expect(code).toMatch(/^LB1-[A-Za-z0-9_-]+$/);
          const d = await decodeResultCode(code);
          expect(d.ok && d.replay.commands).toEqual(game.log);
          const v = await verifyResultCode(code);
          expect(v.ok && gameHash(v.game)).toBe(gameHash(game));
        },
      ),
      { numRuns: 12 },
    );
  }, 60_000);

  it('carries the CEO’s invitation: a game that invited him decodes and verifies to its hash', async () => {
    const game = newGame(fair, '7');
    const limits = planLimits({ L: fair, s: game.state, ev: null });
    const plan = {
      type: 'plan' as const,
      booth: 'small' as const,
      focus: 'conversation' as const,
      pitchers: 0,
      listeners: limits.slots.small,
      showInnovations: false,
      revenueTarget: limits.minTarget,
      costCap: limits.plannedCost.small,
      inviteCeo: true,
    };
    expect(apply(game, plan).ok).toBe(true);
    apply(game, { type: 'advance', steps: 10_000 });
    const code = await encodeResultCode(toReplay(game));
    const d = await decodeResultCode(code);
    expect(d.ok && d.replay.commands[0]).toEqual(plan);
    const v = await verifyResultCode(code);
    expect(v.ok && gameHash(v.game)).toBe(gameHash(game));
  });

  it('is short enough for a QR code: lengths per bot on the-fair, seed 42', async () => {
    const lengths: Record<string, number> = {};
    for (const bot of BOT_NAMES)
      lengths[bot] = (await encodeResultCode(toReplay(runBot(fair, '42', bot)))).length;
    console.log('result code lengths (the-fair, seed 42):', JSON.stringify(lengths));
    for (const n of Object.values(lengths)) expect(n).toBeLessThan(2900);
  });

  it('refuses damaged and tampered codes with distinct reasons', async () => {
    const code = await encodeResultCode(listener);
    const at = 20;
    const changed = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    const cases = {
      changed: await verifyResultCode(changed),
      cut: await verifyResultCode(code.slice(0, -6)),
      extra: await verifyResultCode(`${code}AAAA`),
      chars: await verifyResultCode(`${code.slice(0, 30)}!${code.slice(31)}`),
      garbage: await verifyResultCode('hello world'),
      hash: await verifyResultCode(await forge({ ...listener, hash: 'abcdefabcdef01' })),
      version: await verifyResultCode(await forge({ ...listener, simVersion: SIM_VERSION + 1 })),
      level: await verifyResultCode(await forge({ ...listener, level: 'my-own-fair' })),
      log: await verifyResultCode(await forge({ ...listener, commands: listener.commands.slice(0, -3) })),
    };
    const problem = (k: keyof typeof cases) => {
      const v = cases[k];
      return v.ok ? 'ok' : v.problem;
    };
    expect(problem('changed')).toBe('mistyped');
    expect(problem('cut')).toBe('cut-off');
    expect(problem('extra')).toBe('too-long');
    expect(problem('chars')).toBe('bad-characters');
    expect(problem('garbage')).toBe('not-a-code');
    expect(problem('hash')).toBe('hash-mismatch');
    expect(problem('version')).toBe('sim-version');
    expect(problem('level')).toBe('unknown-level');
    expect(['hash-mismatch', 'bad-replay']).toContain(problem('log'));
    const level = cases.level;
    expect(!level.ok && level.reason).toContain('shipped');
    const reasons = new Set(Object.values(cases).map((v) => (v.ok ? '' : v.reason)));
    expect(reasons.size).toBeGreaterThanOrEqual(8);
  });

  it('finds codes in a messy blob: line breaks, quotes, soft wraps, repeats', async () => {
    const a = await encodeResultCode(listener);
    const b = await encodeResultCode(toReplay(runBot(fair, '7', 'pusher')));
    const wrapped = a.match(/.{1,60}/g)?.join('\n> ') ?? a;
    const soft = b.match(/.{1,70}/g)?.join('=\n') ?? b;
    const blob = `Hi! here is mine:\n> ${wrapped}\nthanks\n"${b}" and again ${b}.\n${soft}\nLB1-zzzz broken`;
    const found = findResultCodes(blob);
    expect(found).toEqual([a, b, 'LB1-zzzz']);
  });

  it('does not glue the next word onto a complete code', async () => {
    const a = await encodeResultCode(listener);
    expect(findResultCodes(`${a}\nCheers`)).toEqual([a]);
    expect(findResultCodes(`${a} Cheers`)).toEqual([a]);
  });

  it('reads the name written before a code on its line, from chats and from the game', async () => {
    const a = await encodeResultCode(listener);
    const b = await encodeResultCode(toReplay(runBot(fair, '7', 'pusher')));
    const c = await encodeResultCode(toReplay(runBot(fair, '8', 'balanced')));
    const blob = [
      `[03-12-2026 10:32] Jan de Vries: ${a}`,
      `03-12-2026 10:33 - Anne-Marie – ${b}`,
      `Here is my code: ${c}`,
      `> Jan: ${a}`,
    ].join('\n');
    expect(findNamedCodes(blob)).toEqual([
      { code: a, name: 'Jan de Vries' },
      { code: b, name: 'Anne-Marie' },
      { code: c, name: null },
    ]);
    expect(findNamedCodes(`${a}\n${namedCode(a, '  Zoë  van Dam ')}`)).toEqual([
      { code: a, name: 'Zoë van Dam' },
    ]);
    expect(findNamedCodes(namedCode(b, 'Émile')).map((f) => f.name)).toEqual(['Émile']);
    // What cannot be read back as a name is left off rather than written.
    expect(namedCode(b, '<b>x</b>')).toBe(b);
    expect(namedCode(b, '  ')).toBe(b);
    expect(findNamedCodes(`${'x'.repeat(30)} ${b}`)[0]?.name).toBeNull();
  });
});
