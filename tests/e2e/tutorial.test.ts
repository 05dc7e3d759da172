// A newcomer plays the tutorial through the interface only: picks the level, reads the
// briefing, plans a listening booth, steps into a conversation (asks, then listens), lets the
// fair run at 4×, sends proposals in the weeks after, reads the review and the debrief.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, shot } from './browser';
import { fitsWidth, nextWeek, pauseWithSomeoneAtOurBooth, phase, ready, state, waitForPhase } from './ui';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the tutorial, played through the interface', () => {
  it('plays from the title to the debrief in English', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en`);
    await ready(page);
    await shot(page, 'tutorial-01-title');

    await page.getByRole('button', { name: 'Play Your First Fair' }).click();
    await expect(page.getByRole('heading', { name: /Before the first season/ }).isVisible()).resolves.toBe(
      true,
    );
    await shot(page, 'tutorial-02-briefing');
    await page.getByRole('button', { name: 'Start season 1' }).click();

    // The plan starts from what the tip says (the level's habit): small, a conversation space.
    expect(await page.getByRole('radio', { name: /^Small/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Conversation space/ }).isChecked()).toBe(true);
    // The plan: a small conversation space with everyone listening, a modest promise.
    await page.getByRole('radio', { name: /^Small/ }).check();
    await page.getByRole('radio', { name: /^Conversation space/ }).check();
    const fewer = page.getByRole('button', { name: 'Fewer pitchers' });
    while (await fewer.isEnabled()) await fewer.click();
    const more = page.getByRole('button', { name: 'More listeners' });
    while (await more.isEnabled()) await more.click();
    await shot(page, 'tutorial-03-plan');
    await page.getByRole('button', { name: /Make the promise/ }).click();
    await waitForPhase(page, 'fair');
    const planned = await state(page);
    expect(planned?.plan).toMatchObject({ booth: 'small', focus: 'conversation', pitchers: 0 });
    // The fair's clock waits until the first tip is read.
    const tipRead = page.getByRole('button', { name: 'Got it: open the fair' });
    await tipRead.waitFor();
    await page.getByRole('button', { name: 'Resume' }).first().waitFor();
    expect((await state(page))?.tick).toBe(0);
    await tipRead.click();
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();

    // Someone comes to our booth: step in.
    const atBooth = page.getByRole('list', { name: /At your booth/ }).getByRole('button');
    // Paused with someone waiting, so the visitor cannot walk off between seeing and clicking.
    await pauseWithSomeoneAtOurBooth(page);
    await atBooth.first().click();
    const card = page.getByRole('dialog');
    await expect(card.isVisible()).resolves.toBe(true);
    await shot(page, 'tutorial-04-card');
    await card.getByRole('button', { name: 'Ask what is not working for them' }).click();
    await card.getByRole('button', { name: 'Listen and take notes' }).click();
    await expect(card.getByText(/lead/i).first().isVisible()).resolves.toBe(true);
    await shot(page, 'tutorial-05-card-outcome');
    const s1 = await state(page);
    expect(s1?.history[0]?.questions).toBe(1);
    expect(s1?.history[0]?.conversations).toBeGreaterThanOrEqual(1);
    await card.getByRole('button', { name: 'Back to the hall' }).first().click();
    await expect(card.count()).resolves.toBe(0);

    // Let the hall run at 4× until it closes.
    await page
      .getByRole('button', { name: /Speed 4×|4×/ })
      .first()
      .click();
    await shot(page, 'tutorial-06-fair');
    await waitForPhase(page, 'after', 90_000);

    // The weeks after: follow up the leads we have, week by week.
    await shot(page, 'tutorial-07-after');
    const send = page.getByRole('button', { name: 'Send a proposal' });
    let sent = 0;
    while (sent < 3 && (await send.count()) > 0 && (await send.first().isEnabled())) {
      await send.first().click();
      sent++;
    }
    expect(sent).toBeGreaterThan(0);
    const afterSend = await state(page);
    expect(afterSend?.leads.filter((l) => l.supplier === 0 && l.status === 'proposed').length).toBe(sent);
    for (let w = 0; w < 12 && (await phase(page)) === 'after'; w++) {
      await nextWeek(page);
    }
    expect(await phase(page)).toBe('ended');

    // The review of the season, then the debrief.
    await expect(page.getByRole('heading', { name: 'Season 1 in review' }).isVisible()).resolves.toBe(true);
    await shot(page, 'tutorial-08-review');
    expect(await fitsWidth(page)).toBe(true);
    await page.getByRole('button', { name: 'To the debrief' }).click();
    await expect(page.getByRole('heading', { name: 'Debrief' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('What if you had pushed?').first().isVisible()).resolves.toBe(true);
    await shot(page, 'tutorial-09-debrief');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
