// Pages whose code is a chunk of its own (lazy routes): a chunk that cannot be downloaded
// says so and offers a retry, the app keeps working, and the retry opens the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, closePage, screenshot } from './harness.mjs';
import { createPlan } from './app.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a page whose code cannot be downloaded says so, keeps the app alive, and opens on retry', async () => {
  const page = await newPage(browser, { width: 375 });
  try {
    // As a browser without a service worker, which would answer from its cache instead.
    await page.addInitScript(() => { delete Navigator.prototype.serviceWorker; });
    await createPlan(page, 'Nettbrudd', 'Alle leser');
    let blocked = true;
    await page.route(/\.wasm$/, (route) => (blocked && !/dekom-app-/.test(route.request().url()) ? route.abort('internetdisconnected') : route.continue()));
    await page.getByRole('link', { name: 'Om modellen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Denne delen av appen kunne ikke lastes ned' });
    await alert.waitFor();
    await screenshot(page, 'chunk-failed-375');

    // The rest of the app still answers: the plans page opens and shows the plan.
    await page.getByRole('link', { name: 'Planer', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Planene dine' }).waitFor();
    await page.getByRole('link', { name: 'Nettbrudd' }).waitFor();

    blocked = false;
    await page.getByRole('link', { name: 'Om modellen' }).click();
    await alert.getByRole('button', { name: 'Prøv igjen' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /modell/i }).waitFor();
    await alert.waitFor({ state: 'detached' });
  } finally {
    await closePage(page);
  }
});
