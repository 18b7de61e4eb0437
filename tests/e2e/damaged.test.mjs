// A stored copy that cannot be read is kept until the user discards it: an import of a
// repaired copy with the same id asks first, and neither the import, its undo nor a
// reload removes the damaged text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, checkA11y, closePage, launch, newPage, screenshot, waitForApp } from './harness.mjs';
import { storedPlans, storePlans } from './app.mjs';

const DAMAGED = '{"format":"dekom-plan","version":1,"plan":{"id":"skadet","name":"Lesel';

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser?.close(); });

const stored = async (page) => Object.entries(await storedPlans(page));

test('a repaired copy imported over a damaged entry asks first and keeps the damaged text', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${BASE_URL}/`);
    await storePlans(page, [['skadet', DAMAGED]]);
    await page.reload();
    await waitForApp(page);
    const damaged = page.getByRole('alert').filter({ hasText: 'Noe lagret innhold kunne ikke leses' });
    await damaged.waitFor();

    const repaired = JSON.stringify({ format: 'dekom-plans', version: 1, plans: [{ id: 'skadet', name: 'Leseløftet', school: 'Ås skole' }] });
    await page.locator('#import-file').setInputFiles({ name: 'reparert.json', mimeType: 'application/json', buffer: Buffer.from(repaired) });
    const ask = page.getByRole('region', { name: /Noen planer i «reparert.json» finnes allerede her/ });
    await ask.waitFor();
    assert.match(await ask.textContent(), /skadet lagret kopi/);
    await screenshot(page, 'damaged-import-asks-1280');
    await checkA11y(page);
    await ask.getByRole('radio', { name: 'Erstatt planen som er her' }).check();
    await ask.getByRole('button', { name: 'Importer' }).click();
    await page.getByRole('heading', { name: 'Leseløftet' }).waitFor();
    await page.waitForTimeout(800);

    // The damaged text is still stored, word for word, and still offered.
    const rawKept = (await stored(page)).filter(([, v]) => v === DAMAGED);
    assert.equal(rawKept.length, 1, 'the damaged text is kept in storage');
    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { name: 'Leseløftet' }).waitFor();
    await damaged.waitFor();
    const download = page.waitForEvent('download');
    await damaged.getByRole('button', { name: 'Last ned kopien' }).click();
    assert.equal(await readFile(await (await download).path(), 'utf8'), DAMAGED);

    // Only discarding removes it.
    await damaged.getByRole('button', { name: 'Fjern kopien' }).click();
    await damaged.getByRole('button', { name: 'Ja, fjern den for godt' }).click();
    await damaged.waitFor({ state: 'detached' });
    assert.equal((await stored(page)).filter(([, v]) => v === DAMAGED).length, 0);
  } finally {
    await closePage(page);
  }
});

test('undo of an import over a damaged entry does not remove the damaged text', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${BASE_URL}/`);
    await storePlans(page, [['skadet', DAMAGED]]);
    await page.reload();
    await waitForApp(page);
    const repaired = JSON.stringify({ format: 'dekom-plans', version: 1, plans: [{ id: 'skadet', name: 'Leseløftet' }] });
    await page.locator('#import-file').setInputFiles({ name: 'reparert.json', mimeType: 'application/json', buffer: Buffer.from(repaired) });
    const ask = page.getByRole('region', { name: /finnes allerede her/ });
    await ask.getByRole('radio', { name: 'Erstatt planen som er her' }).check();
    await ask.getByRole('button', { name: 'Importer' }).click();
    await page.getByRole('status').getByRole('button', { name: 'Angre' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Å angre nå sletter «Leseløftet»' });
    await confirm.getByRole('button', { name: 'Ja, slett planen' }).click();
    await page.getByRole('heading', { name: 'Leseløftet' }).waitFor({ state: 'detached' });
    await page.waitForTimeout(800);
    assert.equal((await stored(page)).filter(([, v]) => v === DAMAGED).length, 1);
    await page.reload();
    await waitForApp(page);
    await page.getByRole('alert').filter({ hasText: 'Noe lagret innhold kunne ikke leses' }).waitFor();
  } finally {
    await closePage(page);
  }
});
