// Smoke test: the built app loads from the static server, mounts, has a heading,
// looks sane at desktop and phone widths, and has no serious/critical axe violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, WIDTHS, launch, newPage, closePage, waitForApp, screenshot, checkA11y } from './harness.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const width of [WIDTHS.desktop, WIDTHS.mobile]) {
  test(`home page mounts with an <h1> at ${width}px`, async () => {
    const page = await newPage(browser, { width });
    try {
      await page.goto(`${BASE_URL}/`);
      await waitForApp(page);
      assert.ok((await page.locator('h1').count()) >= 1, 'expected an <h1> on the home page');
      await screenshot(page, `smoke-home-${width}`);
      await checkA11y(page);
    } finally {
      await closePage(page);
    }
  });
}
