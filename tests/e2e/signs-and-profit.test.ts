// What a visitor shows in the hall (the icon in their bubble) and on the conversation card
// (their tell, and once asked, their answer) and
// the season's profit in the HUD of the weeks after, in both languages on a laptop (1280×720),
// a projector (1920×1080) and a phone either way up (390×844, 844×390). The card shows the
// lines the pure functions give, all four choices (or scrolls to them), none picked out as the
// right one; the HUD shows the profit, or on a phone the panel does, and nothing is clipped.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translator } from '../../src/i18n';
import { shippedLevel } from '../../src/levels/registry';
import { moodLine, signLines } from '../../src/ui/card-text';
import { launch, openPage, shot } from './browser';
import { dispatch, fitsWidth, hudFits, pauseWithSomeoneAtOurBooth, ready, state, waitForPhase } from './ui';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PLAY = { en: 'Play The Fair', nl: 'Spelen: De Beurs' } as const;
const START = { en: 'Start season 1', nl: 'Begin seizoen 1' } as const;
const PROMISE = { en: /Make the promise/, nl: /Doe de belofte/ } as const;
const ANYWAY = { en: 'Play in portrait anyway', nl: 'Toch staand spelen' } as const;
const ASK = { en: 'Ask what is not working for them', nl: 'Vraag wat er bij hen niet werkt' } as const;

/** The open card: its visitor, its lines, its choices and whether all of them can be reached. */
function readCard(page: Page) {
  return page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('.dialog.card');
    if (!card) return null;
    const id = Number(card.querySelector('h2')?.id.replace('card-title-', '') ?? -1);
    const rect = card.getBoundingClientRect();
    const choices = [...card.querySelectorAll<HTMLElement>('.btn-choice')];
    const inView = choices.every((b) => {
      const r = b.getBoundingClientRect();
      return r.top >= rect.top - 0.5 && r.bottom <= rect.bottom + 0.5;
    });
    // Alike, but for the focused one's ring (focus lands on the first choice, whichever it
    // is) and the one under the pointer (the next choice moves up under it after a question).
    const looks = choices
      .filter((b) => b !== document.activeElement && !b.matches(':hover'))
      .map((b) => {
        const cs = getComputedStyle(b);
        return `${cs.backgroundColor}|${cs.borderColor}|${cs.color}|${cs.fontWeight}`;
      });
    return {
      id,
      tell: card.querySelector('.card-tell')?.textContent ?? null,
      answer: card.querySelector('.card-answer')?.textContent ?? null,
      choices: choices.length,
      allInView: inView,
      scrolls: card.scrollHeight > card.clientHeight + 1,
      cue: card.dataset.more === 'true',
      sameLook: new Set(looks).size <= 1,
      inside:
        rect.left >= -0.5 && rect.right <= window.innerWidth + 0.5 && rect.bottom <= window.innerHeight + 0.5,
      text: card.textContent ?? '',
    };
  });
}

interface Bubble {
  tell: string;
  kind: string;
  icon: string;
}

/** Each visitor waiting at our booth with the bubble the hall draws over them (once all have their speech bubble). */
async function hallBubbles(page: Page): Promise<Bubble[]> {
  const handle = await page.waitForFunction(
    () => {
      type V = {
        id: number;
        booth: number;
        status: string;
        tell: string;
        talk: { resolved: boolean } | null;
      };
      const w = window as unknown as {
        listeningBooth: { state(): { visitors: V[] } | null };
        listeningBoothWorld?: { visitorBubble(id: number): { kind: string; icon: string } | null };
      };
      const here = (w.listeningBooth.state()?.visitors ?? []).filter(
        (v) => v.booth === 0 && (v.status === 'queue' || v.status === 'talking') && !v.talk?.resolved,
      );
      const seen = here.map((v) => ({
        tell: v.tell,
        bubble: w.listeningBoothWorld?.visitorBubble(v.id) ?? null,
      }));
      // The hall draws a visitor's arrival at the frame after the sim's tick: wait for it.
      if (!seen.length || seen.some((x) => x.bubble?.kind !== 'speech')) return null;
      return seen.map((x) => ({ tell: x.tell, kind: x.bubble?.kind ?? '', icon: x.bubble?.icon ?? '' }));
    },
    null,
    // Software WebGL at 1920×1080 on a busy machine may take many seconds a frame: wait as long
    // as the game may take (it failed once at 60 s with two other browser suites running).
    { timeout: 180_000, polling: 250 },
  );
  return (await handle.jsonValue()) as Bubble[];
}

describe('what visitors show, and the profit of the season', () => {
  for (const [w, hgt] of [
    [1280, 720],
    [1920, 1080],
    [390, 844],
    [844, 390],
  ] as const) {
    for (const lang of ['en', 'nl'] as const) {
      it(`${lang} at ${w}×${hgt}`, async () => {
        const tag = `signs-${lang}-${w}x${hgt}`;
        const t = translator(lang);
        const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=${lang}`, {
          width: w,
          height: hgt,
        });
        await ready(page);
        await page.getByRole('button', { name: PLAY[lang] }).click();
        await page.getByRole('button', { name: START[lang] }).click();
        if (hgt > w) await page.getByRole('button', { name: ANYWAY[lang] }).click();
        await page.getByRole('button', { name: PROMISE[lang] }).click();
        await waitForPhase(page, 'fair');
        await pauseWithSomeoneAtOurBooth(page);

        // The hall shows the same tells: a price tag over those who ask about prices, dots over
        // those only looking, a need over those with a story (the sim's tell, drawn).
        const bubbles = await hallBubbles(page);
        expect(bubbles.length).toBeGreaterThan(0);
        for (const b of bubbles) {
          expect(b.kind).toBe('speech');
          if (b.tell === 'buying') expect(b.icon).toBe('priceTag');
          else if (b.tell === 'looking') expect(b.icon).toBe('dots');
          else expect(b.icon).toMatch(/^need\./);
        }
        await page
          .getByRole('list', { name: /At your booth|Op je stand/ })
          .getByRole('button')
          .first()
          .click();
        await page.getByRole('dialog').waitFor();
        await page.waitForTimeout(300);
        await shot(page, `${tag}-1-card`);

        // Before the question: the tell in words, no answer, four choices alike.
        const first = await readCard(page);
        expect(first).not.toBeNull();
        if (!first) return;
        const v = (await state(page))?.visitors[first.id];
        expect(v).toBeDefined();
        if (!v) return;
        expect(first.tell).toBe(signLines(t, v).tell);
        expect(first.answer).toBeNull();
        expect(first.choices).toBe(4);
        expect(first.allInView || first.scrolls, 'all four choices, or a card that scrolls to them').toBe(
          true,
        );
        expect(first.sameLook, 'no choice picked out').toBe(true);
        expect(first.inside, 'the card fits the screen').toBe(true);
        if (!first.allInView) expect(first.cue, 'a scroll cue while choices are below').toBe(true);
        expect(first.text).not.toMatch(/\bready\b|readiness|koopklaar/i);
        expect(await fitsWidth(page), 'fits the width').toBe(true);

        // Asked: their answer joins what they say.
        await page.getByRole('dialog').getByRole('button', { name: ASK[lang] }).click();
        await page.waitForTimeout(300);
        await shot(page, `${tag}-2-asked`);
        const asked = await readCard(page);
        const va = (await state(page))?.visitors[first.id];
        expect(va?.asked).toBe(true);
        if (asked && va) {
          expect(asked.tell).toBe(first.tell);
          // Their answer, and what the year's money is like (the-fair's first fair: tight budgets).
          const budget = moodLine(shippedLevel('the-fair'), 0, va.id, lang);
          expect(budget, 'a low buying mood is talked of').not.toBeNull();
          expect(asked.answer, 'their answer').toBe(`“${signLines(t, va).answer} ${budget}”`);
          expect(asked.choices, 'three choices left').toBe(3);
          expect(asked.allInView || asked.scrolls, 'choices reachable').toBe(true);
          expect(asked.sameLook, 'no choice picked out').toBe(true);
          expect(asked.inside, 'the card fits the screen').toBe(true);
        }
        if (asked?.scrolls) {
          await page.locator('.dialog.card').evaluate((el) => {
            el.scrollTop = el.scrollHeight;
          });
          await page.waitForTimeout(200);
          await shot(page, `${tag}-3-asked-scrolled`);
        }
        await page.keyboard.press('Escape');

        // The weeks after: the season's profit beside revenue and spending.
        await dispatch(page, { type: 'advance', steps: 1000 });
        await waitForPhase(page, 'after');
        await dispatch(page, { type: 'advance', steps: 3 });
        await page.waitForTimeout(400);
        await shot(page, `${tag}-4-after`);
        expect(await hudFits(page), 'the HUD shows all it holds').toBe(true);
        expect(await fitsWidth(page)).toBe(true);
        const profit = await page.evaluate(() => {
          const seen = (sel: string) => {
            const el = document.querySelector<HTMLElement>(sel);
            return el && getComputedStyle(el).display !== 'none' && el.offsetParent !== null ? el : null;
          };
          const hud = seen('.hud-profit');
          const panel = seen('.after-profit');
          return {
            hud: hud?.textContent ?? null,
            panel: panel?.textContent ?? null,
            clipped: hud ? hud.getBoundingClientRect().right > window.innerWidth + 0.5 : false,
          };
        });
        expect(profit.hud ?? profit.panel, 'the profit shows, in the HUD or the panel').toMatch(
          lang === 'en' ? /Profit/ : /Winst/,
        );
        expect(profit.clipped).toBe(false);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }
});
