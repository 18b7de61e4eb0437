// Charts as a user meets them on the plan's overview: the chart library loads only when a
// chart is shown, the chart is an SVG that follows the plan and fits the window, and its
// twin table holds the same numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, closePage, screenshot, checkA11y } from './harness.mjs';
import { createPlan, home } from './app.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const chartRequests = (page) => {
  const seen = [];
  page.on('request', (r) => /\/charts-[0-9a-f]+\.js$/.test(r.url()) && seen.push(r.url()));
  return seen;
};

test('the overview draws progress per phase as an SVG chart, with a twin table', async () => {
  const page = await newPage(browser);
  const loaded = chartRequests(page);
  try {
    await home(page);
    assert.equal(loaded.length, 0, 'the plans page shows no chart, so it does not load the chart library');

    const planUrl = await createPlan(page, 'Diagramskolen');
    const figure = page.getByRole('figure', { name: 'Framdrift i hver fase' });
    const svg = figure.locator('.chart svg');
    await svg.waitFor();
    assert.equal(loaded.length, 1, 'the chart library is loaded once, when the first chart is shown');
    const labels = await svg.locator('text').allTextContents();
    for (const phase of ['Beredskap', 'Involvere og organisere', 'Kjernekomponenter', 'Konsolidering og drift']) {
      assert.ok(labels.includes(phase), `the axis names phase ${phase}: ${labels}`);
    }
    assert.ok(labels.includes('100 %') && labels.includes('Sjekkliste utført'), 'a percentage axis and a legend');
    await screenshot(page, 'overview-chart-1280');

    // Tick two activities in phase 1; the overview's chart and table follow.
    await page.goto(`${planUrl}/fase/1`);
    const boxes = page.getByRole('checkbox');
    await boxes.first().waitFor();
    const total = await boxes.count();
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.goto(planUrl);
    await figure.locator('.chart svg').waitFor();
    const toggle = figure.getByRole('button', { name: 'Vis som tabell' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    // Pressed, the button says what pressing it again does.
    const back = figure.getByRole('button', { name: 'Vis som diagram' });
    assert.equal(await back.getAttribute('aria-pressed'), 'true');
    assert.equal(await toggle.count(), 0);
    const table = figure.getByRole('table');
    assert.ok(await table.isVisible());
    assert.ok(await figure.locator('.chart').isHidden(), 'the table replaces the chart');
    const rows = await table.locator('tbody tr').allTextContents();
    assert.equal(rows.length, 4, 'one row per phase');
    const expected = String(Math.round((2 * 100) / total));
    assert.deepEqual(await table.locator('tbody tr').first().locator('th, td').allTextContents(), ['Beredskap', expected, '0']);
    await checkA11y(page);
    await back.click();
    await figure.locator('.chart svg').waitFor();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');

    // On paper the chart prints without its on-screen button.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await figure.locator('.chart svg').isVisible(), 'the chart prints');
    assert.ok(await toggle.isHidden(), 'the table toggle does not print');
  } finally {
    await closePage(page);
  }
});

test('the chart fits a phone screen and follows the window', async () => {
  const page = await newPage(browser, { width: 375 });
  try {
    await createPlan(page, 'Liten skjerm');
    const svg = page.getByRole('figure', { name: 'Framdrift i hver fase' }).locator('.chart svg');
    await svg.waitFor();
    const narrow = Number(await svg.getAttribute('width'));
    const box = await page.locator('.chart').boundingBox();
    assert.ok(narrow > 200 && narrow <= Math.ceil(box.width), `the chart (${narrow}px) fits its box (${box.width}px)`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'nothing scrolls sideways');
    await screenshot(page, 'overview-chart-375');

    await page.setViewportSize({ width: 1000, height: 900 });
    await page.waitForFunction((w) => Number(document.querySelector('.chart svg')?.getAttribute('width')) > w + 200, narrow);
  } finally {
    await closePage(page);
  }
});

test('a dark chart follows the system theme, and prints dark on white', async () => {
  const page = await newPage(browser, { colorScheme: 'dark' });
  try {
    await createPlan(page, 'Mørk skjerm');
    const label = page.getByRole('figure', { name: 'Framdrift i hver fase' }).locator('.chart svg text', { hasText: 'Beredskap' });
    await label.waitFor();
    // Brightness 0–255 of the label's ink, or null while the chart is being drawn again
    // (a label just removed has no computed fill).
    const brightness = () => label.evaluate((t) => {
      const rgb = getComputedStyle(t).fill.match(/\d+/g);
      return rgb ? 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] : null;
    });
    const becomes = async (light, why) => {
      let b = null;
      for (let i = 0; i < 20; i++) {
        b = await brightness();
        if (b !== null && b > 128 === light) break;
        await page.waitForTimeout(100);
      }
      assert.ok(b !== null && b > 128 === light, `${why} (brightness ${b})`);
    };
    await becomes(true, 'light ink on a dark screen');
    await screenshot(page, 'overview-chart-dark');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await becomes(false, 'dark ink on paper');
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await becomes(true, 'light ink again after printing');
    await page.emulateMedia({ colorScheme: 'light' });
    await becomes(false, 'dark ink when the system switches to light');
  } finally {
    await closePage(page);
  }
});

// The app imports the chart library as a module; this serves a module in its place that
// counts the draws (calls of its `show`) and hands everything to the real one.
async function countDraws(page) {
  await page.route(/\/charts-[0-9a-f]+\.js$/, (route) => route.fulfill({
    contentType: 'text/javascript',
    body: `import * as real from '${new URL(route.request().url()).pathname}?real';
      export const mount = real.mount, unmount = real.unmount;
      export function show(...args) { window.__draws = (window.__draws || 0) + 1; return real.show(...args); }`,
  }));
  return () => page.evaluate(() => window.__draws || 0);
}

test('typing in a field no chart shows draws no chart again', async () => {
  const page = await newPage(browser);
  // As a browser without service workers: one would answer the library's request first.
  await page.addInitScript(() => { delete Navigator.prototype.serviceWorker; });
  try {
    const draws = await countDraws(page);
    await createPlan(page, 'Tegneskolen');
    const figure = page.getByRole('figure', { name: 'Framdrift i hver fase' });
    await figure.locator('.chart svg').waitFor();
    await page.waitForTimeout(300);
    const before = await draws();
    assert.ok(before >= 1, 'the chart was drawn');
    await page.getByLabel('Skole', { exact: true }).pressSequentially('Vik skole', { delay: 20 });
    await page.getByLabel('Kommune', { exact: true }).pressSequentially('Vik', { delay: 20 });
    await page.waitForTimeout(300);
    assert.equal(await draws(), before, 'twelve keystrokes in the school and municipality fields');

    // And so again after the chart has followed a change it does show.
    await page.getByRole('link', { name: /Åpne fase 1/ }).click();
    await page.getByRole('checkbox').first().check();
    await page.getByRole('navigation', { name: 'Planens deler' }).getByRole('link', { name: 'Oversikt' }).click();
    await figure.locator('.chart svg').waitFor();
    await page.waitForTimeout(300);
    const after = await draws();
    await page.getByLabel('Skole', { exact: true }).pressSequentially(' nord', { delay: 20 });
    await page.waitForTimeout(300);
    assert.equal(await draws(), after);
  } finally {
    await closePage(page);
  }
});
