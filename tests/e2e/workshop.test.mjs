// Workshop mode, by keyboard alone: open it from a phase, step through the questions with
// space, the arrow keys, Home and End, type the group's answers, use the timer and
// fullscreen, leave back to the phase page (by its link or Escape); the answers are in the
// plan after a reload. The shared screen shows the workshop alone, and its checkboxes grow
// with its type.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, closePage, waitForApp, screenshot, checkA11y } from './harness.mjs';
import { createPlan } from './app.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** What the focused element is called: its label, its text, or its aria-label. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return (el?.labels?.[0]?.textContent || el?.getAttribute('aria-label') || el?.textContent || '').trim();
  });

/** Presses Tab (Shift+Tab with back) until the focused element is called `name`. */
async function tabTo(page, name, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if ((await focused(page)) === name) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`no element called "${name}" reached with ${back ? 'Shift+' : ''}Tab`);
}

const kicker = (page) => page.locator('.workshop__kicker').textContent();

test('a phase in workshop mode, by keyboard alone; the answers are kept', async () => {
  const page = await newPage(browser);
  await page.clock.install();
  try {
    const plan = await createPlan(page, 'Verksted');
    await page.goto(`${plan}/fase/1`);
    await waitForApp(page);

    await tabTo(page, 'Åpne i verkstedmodus');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/verksted\/1$/);
    await page.getByRole('heading', { level: 2, name: 'Beredskap' }).waitFor();
    await checkA11y(page);

    await page.keyboard.press('Space');
    assert.match(await kicker(page), /Spørsmål 1 av \d+/);
    const first = await page.locator('.workshop__title').innerText();
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'Gruppens svar');
    await page.keyboard.type('Vi snakket med hele personalet.');
    // Arrows in the answer move the cursor, not the step.
    await page.keyboard.press('ArrowLeft');
    assert.match(await kicker(page), /Spørsmål 1 av/);

    await tabTo(page, 'Neste');
    await page.keyboard.press('Space');
    assert.match(await kicker(page), /Spørsmål 2 av/);
    await page.keyboard.press('ArrowRight');
    assert.match(await kicker(page), /Spørsmål 3 av/);
    await page.keyboard.press('ArrowLeft');
    assert.match(await kicker(page), /Spørsmål 2 av/);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ledelsen og tillitsvalgte.');
    await screenshot(page, 'workshop-question-1280');

    // The last step is the phase's checklist; Space ticks a box.
    await tabTo(page, 'Neste');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 2, name: 'Aktiviteter' }).waitFor();
    await page.keyboard.press('Tab');
    const box = await focused(page);
    await page.keyboard.press('Space');
    assert.equal(await page.getByRole('checkbox', { name: box }).isChecked(), true);
    await page.getByRole('heading', { level: 2, name: 'Aktiviteter' }).waitFor();

    // The timer: one minute, started and run out; the time is announced politely.
    await tabTo(page, 'Minutter', { back: true });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    assert.equal(await page.getByRole('timer').innerText(), '1:00');
    assert.equal(await focused(page), 'Start');
    await page.keyboard.press('Space');
    await page.clock.runFor(30_500);
    assert.equal(await page.getByRole('timer').innerText(), '0:30');
    await page.clock.runFor(31_000);
    assert.equal(await page.getByRole('timer').innerText(), '0:00');
    await page.getByRole('status').filter({ hasText: 'Tiden er ute.' }).waitFor({ state: 'attached' });

    // Fullscreen from its button; Escape leaves it.
    await tabTo(page, 'Fullskjerm');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains('workshop'));
    await page.getByRole('button', { name: 'Fullskjerm', pressed: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null);

    await tabTo(page, 'Avslutt verkstedmodus');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/fase\/1$/);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getByLabel(first).inputValue(), 'Vi snakket med hele personalet.');
    assert.ok((await page.locator('textarea').evaluateAll((els) => els.map((e) => e.value))).includes('Ledelsen og tillitsvalgte.'));
    assert.equal(await page.getByRole('checkbox', { name: box }).isChecked(), true);
  } finally {
    await closePage(page);
  }
});

test('the shared screen: no app chrome, Home and End, Escape back to the phase', async () => {
  const page = await newPage(browser);
  try {
    const plan = await createPlan(page, 'Delt skjerm');
    await page.goto(`${plan}/fase/2`);
    await waitForApp(page);
    const chrome = () => [
      page.getByRole('banner'),
      page.getByRole('combobox', { name: 'Språk' }),
      page.getByRole('button', { name: /^Angre siste endring/ }),
      page.getByRole('link', { name: 'Personvern' }),
      page.getByRole('navigation', { name: 'Planens deler' }),
    ];
    for (const part of chrome()) assert.equal(await part.isVisible(), true, 'the phase page has the app around it');
    await page.getByRole('link', { name: 'Åpne i verkstedmodus' }).click();
    await page.waitForURL(/\/verksted\/2$/);
    await page.getByRole('heading', { level: 2, name: 'Involvere og organisere' }).waitFor();
    for (const part of chrome()) assert.equal(await part.isVisible(), false, `the shared screen shows no ${part}`);
    await screenshot(page, 'workshop-screen-1280');

    // Home and End: the first and the last question, from anywhere.
    await page.keyboard.press('End');
    const [, total] = (await kicker(page)).match(/Spørsmål (\d+) av \1$/) ?? [];
    assert.ok(total, `End goes to the last question: ${await kicker(page)}`);
    await page.keyboard.press('Home');
    assert.equal(await kicker(page), `Spørsmål 1 av ${total}`);
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 2, name: 'Involvere og organisere' }).waitFor();
    await page.keyboard.press('Home');
    assert.equal(await kicker(page), `Spørsmål 1 av ${total}`);

    // Escape in the answer leaves the answer; Escape again leaves the workshop.
    await page.getByLabel('Gruppens svar').fill('Alle trinn er med.');
    await page.getByLabel('Gruppens svar').press('Escape');
    assert.match(page.url(), /\/verksted\/2$/);
    assert.equal(await focused(page), await page.locator('.workshop__title').innerText());
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/fase\/2$/);
    await page.getByRole('heading', { level: 1, name: 'Involvere og organisere' }).waitFor();
    for (const part of chrome()) assert.equal(await part.isVisible(), true, 'the app is back around the phase');
    assert.ok((await page.locator('textarea').evaluateAll((els) => els.map((e) => e.value))).includes('Alle trinn er med.'));
  } finally {
    await closePage(page);
  }
});

for (const width of [375, 1920]) {
  test(`the checklist's boxes grow with the workshop's type (${width} px)`, async () => {
    const page = await newPage(browser, { width });
    try {
      const plan = await createPlan(page, 'Store bokser');
      await page.goto(`${plan}/verksted/1`);
      await waitForApp(page);
      await page.getByRole('heading', { level: 2, name: 'Beredskap' }).waitFor();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowRight');
      await page.getByRole('heading', { level: 2, name: 'Aktiviteter' }).waitFor();
      const box = page.getByRole('checkbox').first();
      const [size, text] = await box.evaluate((el) => [el.getBoundingClientRect().height, parseFloat(getComputedStyle(el.labels[0]).fontSize)]);
      assert.ok(size >= 1.1 * text && size <= 1.4 * text, `a ${size} px box beside ${text} px text`);
      await screenshot(page, `workshop-checklist-${width}`);
    } finally {
      await closePage(page);
    }
  });
}

test('workshop mode holds on a phone', async () => {
  const page = await newPage(browser, { width: 360 });
  try {
    const plan = await createPlan(page, 'Verksted på telefon');
    await page.goto(`${plan}/verksted/3`);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Neste' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
    await screenshot(page, 'workshop-question-360');
    await checkA11y(page);
  } finally {
    await closePage(page);
  }
});
