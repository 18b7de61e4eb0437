// Offline: after one visit the app opens without network (deep links too) and shows the
// stored plan; a newly deployed version is offered, and loads only when the user asks.
// Each test serves its own copy of dist/ (tests/e2e/server.mjs) so it can stop the
// server or change sw.js as a deploy would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launch, newPage, closePage, waitForApp, screenshot } from './harness.mjs';
import { createPlanHere } from './app.mjs';
import { serve } from './serve.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function copyOfDist() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dekom-dist-'));
  await fs.cp('dist', dir, { recursive: true });
  return dir;
}

/** Waits until the service worker has cached the app and controls the page. */
async function offlineReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 });
}

test('after a first visit, a deep link opens offline and shows the stored plan', async () => {
  const dir = await copyOfDist();
  const server = await serve(dir);
  const page = await newPage(browser);
  try {
    await page.goto(`${server.url}/`);
    await waitForApp(page);
    await offlineReady(page);
    await createPlanHere(page, 'Uten nett');
    const deepLink = `${page.url()}/fase/2`;

    await server.stop();
    await page.context().setOffline(true);
    await page.goto(deepLink);
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: /Involvere/ }).waitFor();
    assert.match(await page.title(), /Uten nett/);
    await page.getByRole('link', { name: 'Oversikt' }).click();
    assert.equal(await page.getByLabel('Navn på planen').inputValue(), 'Uten nett');
    await screenshot(page, 'offline-overview');
    // Pages whose code is a chunk of its own, never opened online, open offline too.
    await page.getByRole('link', { name: 'Planlegging' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Planlegging' }).waitFor();
    await page.getByRole('link', { name: /Milepælsplan/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Milepælsplan/ }).waitFor();
    await page.getByRole('link', { name: 'Om modellen' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /modell/i }).waitFor();
  } finally {
    await closePage(page);
    await server.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('a new version is offered, and loads only when the user asks, keeping what was typed', async () => {
  const dir = await copyOfDist();
  const server = await serve(dir);
  const page = await newPage(browser);
  try {
    await page.goto(`${server.url}/`);
    await waitForApp(page);
    await offlineReady(page);
    await createPlanHere(page, 'Før oppdatering');

    // A deploy: a changed sw.js, found when the page is next opened.
    const sw = path.join(dir, 'sw.js');
    await fs.writeFile(sw, (await fs.readFile(sw, 'utf8')).replace(/const VERSION = "(\w+)"/, 'const VERSION = "$1-new"'));
    await page.reload();
    await waitForApp(page);
    const reload = page.getByRole('button', { name: 'Last inn ny versjon' });
    await reload.waitFor({ timeout: 30_000 });
    assert.match(await page.getByRole('status').filter({ has: reload }).innerText(), /ny versjon av appen er klar/);
    await screenshot(page, 'offline-update-offer');

    // Nothing reloads by itself: typing goes on in the same page.
    await page.getByLabel('Skole', { exact: true }).fill('Nordby skole');
    await page.waitForTimeout(1000);
    assert.equal(await page.getByLabel('Skole', { exact: true }).inputValue(), 'Nordby skole');

    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await waitForApp(page);
    assert.equal(await page.getByLabel('Navn på planen').inputValue(), 'Før oppdatering');
    assert.equal(await page.getByLabel('Skole', { exact: true }).inputValue(), 'Nordby skole');
    assert.equal(await reload.count(), 0, 'the offer is gone after the reload');
    assert.ok(
      (await page.evaluate(() => caches.keys())).some((k) => k.endsWith('-new')),
      'the new version is the one in the cache',
    );
  } finally {
    await closePage(page);
    await server.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('the manifest names the app and its PNG icons', async () => {
  const manifest = JSON.parse(await fs.readFile('dist/manifest.webmanifest', 'utf8'));
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.display, 'standalone');
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png');
    assert.ok(icon, `a ${size} PNG icon`);
    await fs.access(path.join('dist', icon.src));
  }
  const sw = await fs.readFile('dist/sw.js', 'utf8');
  for (const entry of await fs.readdir('dist', { recursive: true, withFileTypes: true })) {
    const file = path.relative('dist', path.join(entry.parentPath ?? entry.path, entry.name));
    if (!entry.isFile() || ['sw.js', '_redirects', '_headers'].includes(file)) continue;
    assert.ok(sw.includes(`"/${file}"`), `sw.js precaches ${file}`);
  }
});
