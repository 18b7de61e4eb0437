// Print: a plan prints as a clean handout — the checklist with its state, the answers,
// no navigation, buttons or disclosure chrome; Chromium's own print to PDF is written to
// tests/e2e/output/ to look at (pdftoppm -png renders its pages).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { OUTPUT_DIR, launch, newPage, closePage, waitForApp } from './harness.mjs';
import { createPlan } from './app.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const ANSWER = 'Vi startet med en personalmøteserie i august.';

async function printed(page, name) {
  await fs.mkdir(OUTPUT_DIR, { recursive: true });
  const pdf = await page.pdf({ path: path.join(OUTPUT_DIR, `print-${name}.pdf`), format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('a plan prints without chrome, with its checklist state and answers', async () => {
  // Dark mode on screen must not reach the paper.
  const page = await newPage(browser, { colorScheme: 'dark' });
  try {
    const plan = await createPlan(page, 'Utskrift', 'Et trygt og godt skolemiljø for alle.');
    await page.goto(`${plan}/fase/1`);
    await waitForApp(page);
    await page.getByRole('checkbox').first().check();
    await page.locator('.questions textarea').first().fill(ANSWER);

    await page.emulateMedia({ media: 'print' });
    for (const chrome of [page.locator('.site-header'), page.locator('.plan-nav'), page.locator('.site-footer'), page.getByRole('button'), page.getByText('Notat, ansvar og frist', { exact: true })]) {
      assert.equal(await chrome.first().isVisible(), false, `${chrome} is not printed`);
    }
    assert.equal(await page.getByRole('checkbox').first().isChecked(), true);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
    const phasePages = await printed(page, 'phase');
    assert.ok(phasePages >= 1 && phasePages <= 6, `phase page prints on ${phasePages} pages`);

    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${plan}/sak`);
    await waitForApp(page);
    await page.emulateMedia({ media: 'print' });
    const text = await page.locator('main').innerText();
    assert.match(text, /Gjort\s+Snakk med personalet/);
    assert.ok(text.includes(ANSWER));
    assert.equal(await page.getByRole('button').first().isVisible(), false);
    const handoutPages = await printed(page, 'handout');
    assert.ok(handoutPages >= 1 && handoutPages <= 5, `handout prints on ${handoutPages} pages`);
  } finally {
    await closePage(page);
  }
});
