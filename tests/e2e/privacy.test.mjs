// Privacy and security: the release build runs under the Content-Security-Policy that
// public/_headers gives hosts, without violations or console errors; the privacy page
// says what is kept, and "delete all data on this device" asks first, then clears it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage, closePage, waitForApp, screenshot, checkA11y, assertNoConsoleErrors } from './harness.mjs';
import { createPlan, createPlanHere, home, storedPlans, waitForStoredPlans } from './app.mjs';
import { serve } from './serve.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('under the hosts\' Content-Security-Policy every page runs without violations', async () => {
  const server = await serve('dist', ['--headers']);
  const page = await newPage(browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  try {
    const response = await page.goto(`${server.url}/`);
    assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
    await waitForApp(page);
    await createPlanHere(page, 'Under CSP');
    const plan = page.url();
    for (const route of [`${plan}/fase/1`, `${plan}/fase/4`, `${plan}/sak`, '/nettverk', '/modellen', '/personvern', '/']) {
      await page.goto(route.startsWith('/') ? `${server.url}${route}` : route);
      await waitForApp(page);
      await page.waitForTimeout(300);
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assertNoConsoleErrors(page);
  } finally {
    await closePage(page);
    await server.stop();
  }
});

test('the privacy page says what is kept, and deleting everything asks first', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Plan én');
    await createPlan(page, 'Plan to');
    await home(page);
    await page.getByRole('link', { name: 'Personvern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personvern og data' }).waitFor();
    assert.match(await page.locator('main').innerText(), /informasjonskapsler/);
    await checkA11y(page);

    const erase = page.getByRole('button', { name: 'Slett alle data på denne maskinen' });
    await erase.click();
    const dialog = page.getByRole('dialog', { name: 'Slette alt appen har lagret her?' });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /Alle 2 planene/);
    // Focus starts on the safe choice; Escape closes without deleting.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Avbryt');
    await checkA11y(page);
    await screenshot(page, 'privacy-erase-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await waitForStoredPlans(page, 2);

    await erase.click();
    await dialog.getByRole('button', { name: 'Ja, slett alt' }).click();
    await page.getByRole('status').filter({ hasText: 'Slettet. 2 planer' }).waitFor();
    await waitForStoredPlans(page, 0);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dekom.'))), []);
    await screenshot(page, 'privacy-erased');
    await page.getByRole('link', { name: 'Planer', exact: true }).click();
    await page.getByRole('button', { name: 'Lag den første planen' }).waitFor();
    await page.goto(`${BASE_URL}/`);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Lag den første planen' }).waitFor();
  } finally {
    await closePage(page);
  }
});
