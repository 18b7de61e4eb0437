// Nothing lost in this browser: plans live in IndexedDB; a write that fails (storage full)
// is named, kept (in memory, and aside for a reload) and tried again until it succeeds; a
// 10 MB import is stored whole; plans an earlier version kept in localStorage move over;
// storage that cannot be opened is said at once, and the work can still be downloaded.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, launch, newPage, closePage, waitForApp, screenshot, checkA11y } from './harness.mjs';
import { card, createPlan, createPlanHere, home, storedPlans } from './app.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const IDEA = 'Ønsket resultat eller praksisendring';
const unsavedAlert = (page) => page.getByRole('alert').filter({ hasText: 'Noen endringer er ikke lagret' });

// The quota override lasts as long as the DevTools session that set it: one per page.
const sessions = new WeakMap();

/** Makes storage for the app's origin hold `bytes` at most (`undefined`: the browser's own quota again). */
async function quota(page, bytes) {
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  await sessions.get(page).send('Storage.overrideQuotaForOrigin', { origin: new URL(BASE_URL).origin, ...(bytes === undefined ? {} : { quotaSize: bytes }) });
}

async function openPlan(page, name) {
  await page.getByRole('link', { name: 'Planer', exact: true }).click();
  await card(page, name).getByRole('link', { name, exact: true }).click();
  await page.getByLabel(IDEA).waitFor();
}

test('when storage is full, the warning names every unwritten plan until a retry has written them all', async () => {
  const page = await newPage(browser);
  try {
    // Chromium keeps its view of the free space for a while once it has written; a quota
    // set before anything is written holds from the first write.
    await quota(page, 1);
    await home(page);
    await createPlanHere(page, 'Plan en', 'Skrevet mens lagringen var full (en)');
    const alert = unsavedAlert(page);
    await alert.waitFor();
    assert.deepEqual(await alert.getByRole('listitem').allInnerTexts(), ['Plan en']);
    await page.getByRole('link', { name: 'Planer', exact: true }).click();
    await createPlanHere(page, 'Plan to', 'Skrevet mens lagringen var full (to)');
    await page.waitForFunction(() => document.querySelectorAll('[role=alert] li').length === 2);
    assert.deepEqual((await alert.getByRole('listitem').allInnerTexts()).sort(), ['Plan en', 'Plan to']);
    await page.waitForTimeout(2500); // past a retry, which fails too
    assert.equal((await alert.getByRole('listitem').allInnerTexts()).length, 2, 'the warning stays while plans are unwritten');
    await screenshot(page, 'storage-full-1280');
    await checkA11y(page);

    // The safety copy holds what is in memory, also what storage refused.
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click();
    const copy = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    assert.deepEqual(copy.plans.map((p) => p.idea).sort(), ['Skrevet mens lagringen var full (en)', 'Skrevet mens lagringen var full (to)']);
    assert.deepEqual(await storedPlans(page), {}, 'nothing was written while full');

    // A reload while full keeps them: the page copies them aside as it is left, and the
    // next start shows them and goes on trying to write them.
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getByLabel(IDEA).inputValue(), 'Skrevet mens lagringen var full (to)');
    await page.waitForFunction(() => document.querySelectorAll('[role=alert] li').length === 2);

    // Space comes back: the retry on the timer writes both, no further change needed.
    await quota(page, undefined);
    await alert.waitFor({ state: 'detached', timeout: 10_000 });
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getByLabel(IDEA).inputValue(), 'Skrevet mens lagringen var full (to)');
    await openPlan(page, 'Plan en');
    assert.equal(await page.getByLabel(IDEA).inputValue(), 'Skrevet mens lagringen var full (en)');
  } finally {
    await closePage(page);
  }
});

/** 100 plans of about 107 KB each (10.7 MB), as scripts/bench.mjs makes them. */
function network() {
  const plans = [];
  for (let i = 0; i < 100; i++) {
    const phases = [0, 1, 2, 3].map(() => ({ own_activities: [], activities: {}, answers: {} }));
    for (let a = 0; a < 170; a++) {
      phases[0].own_activities.push({ id: `own-a-${a}`, text: `Egen aktivitet nummer ${a}` });
      phases[0].activities[`own-a-${a}`] = { done: a % 3 === 0, note: 'n'.repeat(500), responsible: 'Kari', due: '2027-01-01' };
    }
    plans.push({ id: `imp${i}`, name: `Plan imp${i}`, school: `Skole ${i}`, municipality: 'Bergen', phases });
  }
  return JSON.stringify({ format: 'dekom-plans', version: 1, app_version: 'test', exported: '2026-11-22T00:00:00Z', plans });
}

test('an import of 100 plans (10.7 MB) is stored whole and all of it is there after a reload', async () => {
  const page = await newPage(browser);
  try {
    await home(page);
    const file = network();
    assert.ok(file.length > 10_000_000, `${file.length} bytes`);
    await page.locator('#import-file').setInputFiles({ name: 'nettverk.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    // The message comes once the writes are done, and says so only if all were stored.
    await page.getByText('Importerte 100 planer.', { exact: true }).waitFor({ timeout: 60_000 });
    assert.equal(Object.keys(await storedPlans(page)).length, 100);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getByRole('heading', { name: /^Plan imp\d+$/ }).count(), 100);
  } finally {
    await closePage(page);
  }
});

test('an import that does not fit says how many plans were stored and which are only in memory', async () => {
  const page = await newPage(browser);
  try {
    await quota(page, 1);
    await home(page);
    const plans = ['Alfa', 'Beta'].map((name, i) => ({ id: `q${i}`, name, phases: [{}, {}, {}, {}] }));
    const file = JSON.stringify({ format: 'dekom-plans', version: 1, app_version: 't', exported: '2026-11-22T00:00:00Z', plans });
    await page.locator('#import-file').setInputFiles({ name: 'to.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('status').getByText(/^Importerte 2 planer, men bare 0 fikk plass i nettleseren\. Disse finnes bare i minnet til de blir lagret: (Alfa, Beta|Beta, Alfa)\.$/).waitFor();
    assert.deepEqual((await unsavedAlert(page).getByRole('listitem').allInnerTexts()).sort(), ['Alfa', 'Beta']);
    await quota(page, undefined);
  } finally {
    await closePage(page);
  }
});

test('plans an earlier version kept in localStorage move to IndexedDB on the first start, damaged ones too', async () => {
  const page = await newPage(browser);
  try {
    const fixture = JSON.parse(await readFile(new URL('../fixtures/plans-v1.json', import.meta.url), 'utf8'));
    const entries = fixture.plans.map((plan) => [`dekom.plan.${plan.id}`, JSON.stringify({ format: 'dekom-plan', version: 1, saved: fixture.exported, plan })]);
    const damaged = '{"format":"dekom-plan","version":1,"plan":{"id":"avk';
    entries.push(['dekom.plan.avkortet', damaged]);
    // Written before the app first starts, as version 1 left them; once per tab.
    await page.addInitScript((entries) => {
      if (sessionStorage.getItem('seeded')) return;
      for (const [key, value] of entries) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }, entries);
    await home(page);
    await card(page, 'Trygt skolemiljø').waitFor();
    assert.equal(await card(page, 'Vik skole').count(), 1);
    await page.getByRole('alert').filter({ hasText: 'Noe lagret innhold kunne ikke leses' }).getByText('Innholdet er ødelagt eller avkortet.').waitFor();
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dekom.plan.'))), [], 'localStorage no longer holds them');
    const stored = await storedPlans(page);
    assert.deepEqual(Object.keys(stored).sort(), [...fixture.plans.map((p) => p.id), 'avkortet'].sort());
    assert.equal(stored.avkortet, damaged, 'the damaged entry is kept as it was');

    await page.reload();
    await waitForApp(page);
    await card(page, 'Trygt skolemiljø').waitFor();
    assert.equal(await card(page, 'Vik skole').count(), 1);
    await card(page, 'Trygt skolemiljø').getByRole('link', { name: 'Trygt skolemiljø' }).click();
    assert.equal(await page.getByLabel('Skole', { exact: true }).inputValue(), 'Bø skule');
  } finally {
    await closePage(page);
  }
});

test('storage that cannot be opened is said as the app opens; the work stays in memory and can be downloaded', async () => {
  const page = await newPage(browser);
  try {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => { throw new DOMException('refused for the test', 'SecurityError'); };
    });
    await home(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Nettleseren lar ikke appen lagre noe' });
    assert.ok(await notice.isVisible(), 'shown at once, before any edit');
    await screenshot(page, 'storage-unavailable-1280');

    await createPlan(page, 'Bare i minnet', 'Skrevet uten lagring');
    const alert = unsavedAlert(page);
    await alert.waitFor();
    assert.deepEqual(await alert.getByRole('listitem').allInnerTexts(), ['Bare i minnet']);
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Last ned sikkerhetskopi' }).click();
    const copy = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    assert.equal(copy.plans[0].idea, 'Skrevet uten lagring');
  } finally {
    await closePage(page);
  }
});
