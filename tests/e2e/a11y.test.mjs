// Universal design on every route: axe-core finds nothing (any impact) in light and in
// dark mode, and no page scrolls sideways at 360 px or at 640 px (1280 px at 200 % zoom).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage, closePage, waitForApp, screenshot, checkA11y } from './harness.mjs';
import { createPlan } from './app.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const ALL = ['minor', 'moderate', 'serious', 'critical'];

/** A plan with something in it, and every route of the app for it. */
async function routes(page) {
  const plan = await createPlan(page, 'Universell utforming', 'Alle elever skal oppleve et trygt og godt skolemiljø.');
  await page.getByLabel('Skole', { exact: true }).fill('Nordby skole');
  await page.goto(`${plan}/fase/1`);
  await waitForApp(page);
  await page.getByRole('checkbox').first().check();
  // The new count is in a polite live region, so screen readers hear it.
  await page.locator('[aria-live="polite"]').filter({ hasText: '1 av 10 aktiviteter gjort' }).waitFor();
  const path = new URL(plan).pathname;
  return ['/', path, `${path}/fase/1`, `${path}/fase/2`, `${path}/fase/3`, `${path}/fase/4`, `${path}/sak`, `${path}/verksted/1`, `${path}/planlegging`, `${path}/vurdering`, ...['arbeidsgruppe', 'milepaeler', 'arshjul', 'barrierer', 'kjernekomponenter', 'malinger', 'beslutninger'].map((tool) => `${path}/planlegging/${tool}`), '/nettverk', '/modellen', '/personvern', '/finnes-ikke'];
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds nothing on any route (${colorScheme})`, async () => {
    const page = await newPage(browser, { colorScheme, reducedMotion: 'reduce' });
    try {
      for (const route of await routes(page)) {
        await page.goto(`${BASE_URL}${route}`);
        await waitForApp(page);
        const found = await checkA11y(page, { impacts: ALL });
        assert.deepEqual(found, [], route);
      }
      await page.goto(`${BASE_URL}/`);
      await waitForApp(page);
      await screenshot(page, `a11y-home-${colorScheme}`);
    } finally {
      await closePage(page);
    }
  });
}

test('keyboard focus is visible, in light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await newPage(browser, { colorScheme });
    try {
      await page.goto(`${BASE_URL}/personvern`);
      await waitForApp(page);
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        const outline = await page.evaluate(() => {
          const s = getComputedStyle(document.activeElement);
          return `${s.outlineStyle} ${s.outlineWidth}`;
        });
        assert.equal(outline, 'solid 3px', `focus ring on element ${i + 1} (${colorScheme})`);
      }
    } finally {
      await closePage(page);
    }
  }
});

for (const width of [360, 640]) {
  test(`no route scrolls sideways at ${width} px`, async () => {
    const page = await newPage(browser, { width, colorScheme: width === 360 ? 'dark' : 'light' });
    try {
      for (const route of await routes(page)) {
        await page.goto(`${BASE_URL}${route}`);
        await waitForApp(page);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(wide <= 0, `${route} is ${wide} px too wide at ${width} px`);
        if (route.endsWith('/fase/1') || route.endsWith('/verksted/1')) await screenshot(page, `a11y-${route.split('/').slice(-2).join('-')}-${width}`);
      }
    } finally {
      await closePage(page);
    }
  });
}
