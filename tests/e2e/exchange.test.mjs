// Plans travel between schools as files: export, import into a clean browser, files that
// are wrong in every way a hurried user can manage, plans that are already here, undo.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, launch, newPage, closePage, waitForApp, screenshot, checkA11y } from './harness.mjs';
import { card, createPlan, home, storedPlans, waitForStoredPlans } from './app.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function exportCard(page, name) {
  const download = page.waitForEvent('download');
  await card(page, name).getByRole('button', { name: 'Eksporter', exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function importFile(page, name, content) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('a plan exported here is found whole in a clean browser, and changes since are flagged', async () => {
  const page = await newPage(browser);
  let exported;
  try {
    const url = await createPlan(page, 'Leseløftet', 'Alle elever leser 20 minutter hver dag.');
    await page.goto(`${url}/fase/1`);
    await waitForApp(page);
    await page.getByRole('checkbox').first().check();
    await page.locator('.questions textarea').first().fill('Svar med «sitater» og <b>tegn</b>');
    await home(page);
    assert.ok(await card(page, 'Leseløftet').getByText("Ingen sikkerhetskopi ennå").isVisible());
    exported = await exportCard(page, 'Leseløftet');
    assert.match(exported.name, /^leseløftet-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(exported.text);
    assert.equal(json.format, 'dekom-plans');
    assert.equal(json.plans.length, 1);
    assert.ok(exported.text.includes('\n  '), 'the file is pretty-printed');
    await assert.doesNotReject(card(page, 'Leseløftet').getByText("Sikkerhetskopi i dag").waitFor());
    assert.equal(await card(page, 'Leseløftet').getByText('Endringer som ikke er med i noen sikkerhetskopi').count(), 0);

    await card(page, 'Leseløftet').getByRole('link', { name: 'Leseløftet' }).click();
    await page.getByLabel('Skole', { exact: true }).fill('Vik skole');
    await home(page);
    assert.ok(await card(page, 'Leseløftet').getByText('Endringer som ikke er med i noen sikkerhetskopi').isVisible());
    await screenshot(page, 'home-export-status-1280');
  } finally {
    await closePage(page);
  }

  const clean = await newPage(browser, { width: 375 });
  try {
    await home(clean);
    await importFile(clean, exported.name, exported.text);
    await assert.doesNotReject(clean.getByText('Importerte 1 plan.').waitFor());
    await card(clean, 'Leseløftet').getByRole('link', { name: 'Leseløftet' }).click();
    await waitForApp(clean);
    assert.equal(await clean.getByLabel('Ønsket resultat eller praksisendring').inputValue(), 'Alle elever leser 20 minutter hver dag.');
    await clean.goto(`${clean.url()}/fase/1`);
    await waitForApp(clean);
    assert.equal(await clean.getByRole('checkbox').first().isChecked(), true);
    assert.equal(await clean.locator('.questions textarea').first().inputValue(), 'Svar med «sitater» og <b>tegn</b>');
  } finally {
    await closePage(clean);
  }
});

test('bad files each say what is wrong and change nothing', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Skal stå urørt', 'Uendret');
    await home(page);
    const valid = JSON.parse((await exportCard(page, 'Skal stå urørt')).text);
    await page.waitForTimeout(500); // the export date is written
    await waitForStoredPlans(page, 1);
    const afterExport = JSON.stringify(await storedPlans(page));

    const wrongType = structuredClone(valid);
    wrongType.plans[0].phases[1].status = 7;
    const future = { ...structuredClone(valid), version: 99 };
    const cases = [
      ['ødelagt.json', '{"format":"dekom-plans","plans":[{"id":', /ødelagt eller avkortet/],
      ['feil-type.json', JSON.stringify(wrongType), /plans\[0\]\.phases\[1\]\.status/],
      ['framtid.json', JSON.stringify(future), /nyere versjon/],
      ['bilde.json', '{"hei": "dette er ikke en plan"}', /ikke en plan fra denne appen/],
      ['stor.json', 'x'.repeat(21 * 1024 * 1024), /20 MB/],
    ];
    for (const [name, content, reason] of cases) {
      await importFile(page, name, content);
      const alert = page.getByRole('alert').filter({ hasText: `Kunne ikke importere «${name}»` });
      await assert.doesNotReject(alert.waitFor(), name);
      assert.match(await alert.innerText(), reason, name);
      assert.match(await alert.innerText(), /Ingenting er endret/);
      if (name === 'feil-type.json') {
        await screenshot(page, 'import-error-1280');
        await checkA11y(page);
      }
    }
    const now = JSON.stringify(await storedPlans(page));
    assert.equal(now, afterExport, 'storage is exactly as before the bad files');
    assert.equal(await page.getByRole('listitem').count(), 1);
  } finally {
    await closePage(page);
  }
});

test('texts with HTML and script are shown as text, never run', async () => {
  const page = await newPage(browser);
  try {
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const file = {
      format: 'dekom-plans', version: 1, app_version: 'test', exported: '2026-11-22T00:00:00Z',
      plans: [{ id: 'ondsinnet', name: evil, school: '<b>fet</b>', idea: evil, phases: [{}, {}, {}, {}] }],
    };
    await home(page);
    await importFile(page, 'ondsinnet.json', JSON.stringify(file));
    await assert.doesNotReject(page.getByText('Importerte 1 plan.').waitFor());
    await assert.doesNotReject(page.getByRole('heading', { name: evil }).waitFor());
    assert.ok(await page.getByText('<b>fet</b>').isVisible());
    await page.goto(`${BASE_URL}/plan/ondsinnet`);
    await waitForApp(page);
    assert.equal(await page.getByLabel('Ønsket resultat eller praksisendring').inputValue(), evil);
    assert.equal(await page.locator('main img, main script').count(), 0);
    assert.equal(dialogs, 0);
  } finally {
    await closePage(page);
  }
});

test('a plan that is already here is imported as a copy or replaces it (merge is tested in backup.test.mjs), and the replace can be undone', async () => {
  const page = await newPage(browser, { width: 375 });
  try {
    await createPlan(page, 'Felles plan', 'Versjon A');
    await home(page);
    const exported = await exportCard(page, 'Felles plan');
    await card(page, 'Felles plan').getByRole('link', { name: 'Felles plan' }).click();
    await page.getByLabel('Ønsket resultat eller praksisendring').fill('Versjon B, skrevet etter eksporten');
    await home(page);

    await importFile(page, exported.name, exported.text);
    const panel = page.getByRole('region', { name: /finnes allerede her/ });
    await assert.doesNotReject(panel.waitFor());
    await screenshot(page, 'import-conflict-375');
    await checkA11y(page);
    await panel.getByRole('radio', { name: 'Legg til som kopi' }).check();
    await panel.getByRole('button', { name: 'Importer' }).click();
    await assert.doesNotReject(card(page, 'Felles plan (importert)').waitFor());
    assert.equal(await card(page, 'Felles plan').count(), 1);

    await importFile(page, exported.name, exported.text);
    await panel.getByRole('radio', { name: 'Erstatt planen som er her' }).check();
    await panel.getByRole('button', { name: 'Importer' }).click();
    await card(page, 'Felles plan').getByRole('link', { name: 'Felles plan' }).click();
    assert.equal(await page.getByLabel('Ønsket resultat eller praksisendring').inputValue(), 'Versjon A');

    await page.getByRole('button', { name: 'Angre siste endring' }).click();
    assert.equal(await page.getByLabel('Ønsket resultat eller praksisendring').inputValue(), 'Versjon B, skrevet etter eksporten');
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getByLabel('Ønsket resultat eller praksisendring').inputValue(), 'Versjon B, skrevet etter eksporten', 'the undo is saved');
  } finally {
    await closePage(page);
  }
});

test('a file dropped on the plans page is imported', async () => {
  const page = await newPage(browser);
  try {
    await home(page);
    const text = JSON.stringify({
      format: 'dekom-plans', version: 1, app_version: 't', exported: '2026-11-22T00:00:00Z',
      plans: [{ id: 'sluppet', name: 'Sluppet inn', phases: [{}, {}, {}, {}] }],
    });
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'sluppet.json', { type: 'application/json' }));
      return dt;
    }, text);
    await page.dispatchEvent('.import-area', 'dragover', { dataTransfer });
    await page.dispatchEvent('.import-area', 'drop', { dataTransfer });
    await assert.doesNotReject(card(page, 'Sluppet inn').waitFor());
  } finally {
    await closePage(page);
  }
});

test('undo and redo take back and restore typing, by button and by keyboard', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Angre meg', 'Første versjon');
    const idea = page.getByLabel('Ønsket resultat eller praksisendring');
    await page.waitForTimeout(1600);
    await idea.fill('Andre versjon');
    const undo = page.getByRole('button', { name: 'Angre siste endring' });
    const redo = page.getByRole('button', { name: 'Gjør om det som ble angret' });
    await undo.click();
    assert.equal(await idea.inputValue(), 'Første versjon');
    await redo.click();
    assert.equal(await idea.inputValue(), 'Andre versjon');
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    assert.equal(await idea.inputValue(), 'Første versjon');
    await page.keyboard.press('Control+Shift+z');
    assert.equal(await idea.inputValue(), 'Andre versjon');
  } finally {
    await closePage(page);
  }
});
