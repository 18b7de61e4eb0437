// Copies outside the browser and plans that come back: a plan edited in two browsers
// and exchanged both ways is merged with nothing lost, the backup reminder after days of
// unbacked changes, the automatic backup file, and Safari's deleting told plainly.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, launch, newPage, closePage, waitForApp, screenshot, checkA11y } from './harness.mjs';
import { card, createPlan, home } from './app.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function exportCard(page, name) {
  const download = page.waitForEvent('download');
  await card(page, name).getByRole('button', { name: 'Eksporter', exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function importFile(page, { name, text }) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function openPlan(page, name) {
  await card(page, name).getByRole('link', { name }).click();
  await page.getByLabel('Skole', { exact: true }).waitFor();
}

const fields = async (page) => ({
  school: await page.getByLabel('Skole', { exact: true }).inputValue(),
  municipality: await page.getByLabel('Kommune', { exact: true }).inputValue(),
  idea: await page.getByLabel('Ønsket resultat eller praksisendring').inputValue(),
});

test('a plan edited in two browsers and exchanged both ways is merged: both end equal, nothing typed is lost', async () => {
  const laptop = await newPage(browser);
  const ipad = await newPage(browser, { width: 375 });
  try {
    await createPlan(laptop, 'Felles plan', 'Alle elever leser hver dag');
    await home(laptop);
    const first = await exportCard(laptop, 'Felles plan');
    await home(ipad);
    await importFile(ipad, first);
    await ipad.getByText('Importerte 1 plan.').waitFor();

    // Each browser writes something of its own, and both rewrite the idea.
    await openPlan(laptop, 'Felles plan');
    await laptop.getByLabel('Skole', { exact: true }).fill('Vik skole');
    await laptop.getByLabel('Ønsket resultat eller praksisendring').fill('Idé fra rektor');
    await openPlan(ipad, 'Felles plan');
    await ipad.getByLabel('Kommune', { exact: true }).fill('Vik kommune');
    await ipad.getByLabel('Ønsket resultat eller praksisendring').fill('Idé fra lærer');

    // The laptop's file comes to the iPad: merge is offered first, with what it changes.
    await laptop.getByRole('link', { name: 'Planer', exact: true }).click();
    const fromLaptop = await exportCard(laptop, 'Felles plan');
    await ipad.getByRole('link', { name: 'Planer', exact: true }).click();
    await importFile(ipad, fromLaptop);
    const panel = ipad.getByRole('region', { name: /finnes allerede her/ });
    await panel.waitFor();
    assert.ok(await panel.getByRole('radio', { name: 'Slå sammen med planen som er her' }).isChecked());
    const preview = panel.locator('.merge-preview');
    assert.match(await preview.textContent(), /Endret: Skole/);
    assert.match(await preview.textContent(), /Skrevet ulikt begge steder.*Ønsket resultat/);
    assert.doesNotMatch(await preview.textContent(), /Kommune/, 'what only the iPad changed is not a change here');
    await screenshot(ipad, 'merge-preview-375');
    await checkA11y(ipad);
    await panel.getByRole('button', { name: 'Importer' }).click();
    await ipad.getByText('Slo sammen 1 plan.').waitFor();

    // Both sides' work is in the plan; the two ideas are both kept, the user chooses.
    await openPlan(ipad, 'Felles plan');
    assert.equal((await fields(ipad)).school, 'Vik skole');
    assert.equal((await fields(ipad)).municipality, 'Vik kommune');
    const conflict = ipad.getByRole('alert').filter({ hasText: 'Samme tekst ble endret to steder' });
    await conflict.waitFor();
    assert.match(await conflict.textContent(), /Idé fra rektor/);
    assert.match(await conflict.textContent(), /Idé fra lærer/);
    await screenshot(ipad, 'merge-conflict-375');
    const shown = (await fields(ipad)).idea;
    await conflict.getByRole('button', { name: 'Bruk den andre' }).click();
    await conflict.waitFor({ state: 'detached' });
    const onIpad = await fields(ipad);
    const chosen = onIpad.idea;
    assert.notEqual(chosen, shown);

    // The merged plan goes back to the laptop and the two converge.
    await ipad.getByRole('link', { name: 'Planer', exact: true }).click();
    const fromIpad = await exportCard(ipad, 'Felles plan');
    await importFile(laptop, fromIpad);
    await laptop.getByRole('region', { name: /finnes allerede her/ }).getByRole('button', { name: 'Importer' }).click();
    await laptop.getByText('Slo sammen 1 plan.').waitFor();
    await openPlan(laptop, 'Felles plan');
    assert.deepEqual(await fields(laptop), onIpad);
    assert.deepEqual(await fields(laptop), { school: 'Vik skole', municipality: 'Vik kommune', idea: chosen });
    assert.equal(await laptop.getByText('Samme tekst ble endret to steder').count(), 0);

    // One undo puts the laptop's plan back as it was before the merge.
    await laptop.getByRole('button', { name: /^Angre siste endring/ }).click();
    assert.deepEqual(await fields(laptop), { school: 'Vik skole', municipality: '', idea: 'Idé fra rektor' });
    await screenshot(laptop, 'merge-undone-1280');
  } finally {
    await closePage(laptop);
    await closePage(ipad);
  }
});

test('the backup reminder comes after seven days of changes without a backup, once a day', async () => {
  const page = await newPage(browser);
  try {
    await page.clock.install({ time: new Date('2027-03-01T09:00:00') });
    await createPlan(page, 'Lesing', 'Alle leser');
    const reminder = page.getByRole('status').filter({ hasText: 'ventet' });
    const at = async (day) => {
      await page.clock.setSystemTime(new Date(`2027-03-${day}T09:00:00`));
      await home(page);
    };
    await at('01');
    assert.equal(await card(page, 'Lesing').getByText('Ingen sikkerhetskopi ennå').count(), 1);
    await at('07');
    assert.equal(await reminder.count(), 0, 'six days is not yet seven');
    await at('08');
    await reminder.getByRole('heading', { name: 'Endringer i 1 plan har ventet 7 dager på en sikkerhetskopi' }).waitFor();
    await screenshot(page, 'backup-reminder-1280');
    await page.reload();
    await waitForApp(page);
    assert.equal(await reminder.count(), 0, 'once a day, not on every page');
    await page.goto(`${BASE_URL}/modellen`);
    await waitForApp(page);
    assert.equal(await reminder.count(), 0);

    await at('09');
    await reminder.waitFor();
    const download = page.waitForEvent('download');
    await reminder.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
    const file = await download;
    assert.equal(file.suggestedFilename(), 'dekom-sikkerhetskopi-2027-03-09.json');
    const backup = JSON.parse(await readFile(await file.path(), 'utf8'));
    assert.deepEqual(backup.plans.map((p) => p.name), ['Lesing']);
    await reminder.waitFor({ state: 'detached' });
    await card(page, 'Lesing').getByText('Sikkerhetskopi i dag').waitFor();
    assert.match(await page.locator('.backup-status').textContent(), /Alle endringer er med i en sikkerhetskopi/);

    await at('20');
    assert.equal(await reminder.count(), 0, 'nothing changed since the backup');
    await card(page, 'Lesing').getByText('Sikkerhetskopi for 11 dager siden').waitFor();

    // A shorter wait can be chosen.
    await openPlan(page, 'Lesing');
    await page.getByLabel('Skole', { exact: true }).fill('Ås skole');
    await page.getByRole('link', { name: 'Planer', exact: true }).click();
    await page.getByLabel('Minn meg på sikkerhetskopi etter').selectOption('3');
    await at('23');
    await reminder.getByRole('heading', { name: /har ventet 14 dager/ }).waitFor();
  } finally {
    await closePage(page);
  }
});

// The file picker, answered with a file in the origin's private file system, and the
// permission as the test sets it ("prompt" stands for a browser restarted since).
const FILE_STUBS = () => {
  window.showSaveFilePicker = async () => {
    const root = await navigator.storage.getDirectory();
    return root.getFileHandle('skolens-kopi.json', { create: true });
  };
  const proto = FileSystemHandle.prototype;
  proto.queryPermission = async () => localStorage.getItem('test.permission') || 'granted';
  proto.requestPermission = async () => {
    localStorage.setItem('test.permission', 'granted');
    return 'granted';
  };
};

const backupFile = (page) => page.evaluate(async () => {
  const root = await navigator.storage.getDirectory();
  return (await (await root.getFileHandle('skolens-kopi.json')).getFile()).text();
});

const withoutExportTime = (text) => JSON.parse(text).plans.map(({ last_exported, ...plan }) => plan);

test('an automatic backup file is rewritten after changes, equals an export, and asks again after a restart', async () => {
  const page = await newPage(browser);
  try {
    await page.addInitScript(FILE_STUBS);
    await createPlan(page, 'Lesing', 'Alle leser');
    await createPlan(page, 'Regning', 'Alle regner');
    await home(page);
    const auto = page.locator('.backup-file');
    await auto.getByRole('button', { name: 'Velg fil for automatisk sikkerhetskopi' }).click();
    await auto.getByText(/Skriver til «skolens-kopi.json». Sist skrevet/).waitFor();
    assert.deepEqual(JSON.parse(await backupFile(page)).plans.map((p) => p.name).sort(), ['Lesing', 'Regning']);
    await screenshot(page, 'backup-file-1280');

    await openPlan(page, 'Lesing');
    await page.getByLabel('Skole', { exact: true }).fill('Ås skole');
    await page.waitForTimeout(4500);
    assert.match(await backupFile(page), /Ås skole/, 'written a few seconds after the change');

    await page.getByRole('link', { name: 'Planer', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ta sikkerhetskopi av alle planer' }).click();
    const exported = await readFile(await (await download).path(), 'utf8');
    assert.deepEqual(withoutExportTime(await backupFile(page)), withoutExportTime(exported));

    // After a restart the browser asks again; nothing typed meanwhile is missed.
    await page.evaluate(() => localStorage.setItem('test.permission', 'prompt'));
    await page.reload();
    await waitForApp(page);
    const ask = auto.getByRole('alert').filter({ hasText: 'trenger lov på nytt' });
    await ask.waitFor();
    await screenshot(page, 'backup-file-regrant-1280');
    await openPlan(page, 'Regning');
    await page.getByLabel('Kommune', { exact: true }).fill('Ås kommune');
    await page.waitForTimeout(4000);
    assert.doesNotMatch(await backupFile(page), /Ås kommune/);
    await page.getByRole('link', { name: 'Planer', exact: true }).click();
    await ask.getByRole('button', { name: 'Gi lov igjen' }).click();
    await auto.getByText(/Sist skrevet/).waitFor();
    assert.match(await backupFile(page), /Ås kommune/);

    // A deleted plan leaves the file too.
    await card(page, 'Regning').getByRole('button', { name: 'Slett' }).click();
    await card(page, 'Regning').getByRole('button', { name: 'Ja, slett planen' }).click();
    await page.waitForTimeout(4500);
    assert.deepEqual(JSON.parse(await backupFile(page)).plans.map((p) => p.name), ['Lesing']);

    // "Delete all data" forgets the file (the file itself is the user's and stays).
    await page.goto(`${BASE_URL}/personvern`);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Slett alle data på denne maskinen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, slett alt' }).click();
    await page.getByRole('status').filter({ hasText: 'Slettet.' }).waitFor();
    await createPlan(page, 'Ny start');
    await home(page);
    await auto.getByRole('button', { name: 'Velg fil for automatisk sikkerhetskopi' }).waitFor();
    assert.equal(await auto.getByText('skolens-kopi.json').count(), 0);
  } finally {
    await closePage(page);
  }
});

test('browsers without the file API never show the automatic backup', async () => {
  const page = await newPage(browser, { width: 375 });
  try {
    await page.addInitScript(() => { delete window.showSaveFilePicker; });
    await createPlan(page, 'Lesing');
    await home(page);
    await page.locator('.backup-status').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Automatisk sikkerhetskopi' }).count(), 0);
    await screenshot(page, 'backup-status-375');
  } finally {
    await closePage(page);
  }
});

const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

test('Safari in a tab is told once that it may delete the plans, with the steps to keep them', async () => {
  const page = await newPage(browser, { width: 375, userAgent: SAFARI_IPHONE });
  try {
    await page.addInitScript(() => {
      // Safari in a tab: storage not persistent, and no promise given when asked.
      StorageManager.prototype.persisted = async () => false;
      StorageManager.prototype.persist = async () => false;
    });
    await home(page);
    const warning = page.getByRole('alert').filter({ hasText: 'Safari kan slette planene' });
    assert.equal(await warning.count(), 0, 'nothing to lose before there is a plan');
    await createPlan(page, 'Lesing');
    await warning.waitFor();
    assert.match(await warning.textContent(), /Legg til på Hjem-skjerm/);
    await screenshot(page, 'safari-warning-375');
    await warning.getByRole('button', { name: 'Jeg har forstått' }).click();
    await warning.waitFor({ state: 'detached' });
    await page.reload();
    await waitForApp(page);
    assert.equal(await warning.count(), 0, 'said once');
  } finally {
    await closePage(page);
  }
  const chromium = await newPage(browser);
  try {
    await createPlan(chromium, 'Lesing');
    await home(chromium);
    assert.equal(await chromium.getByText('Safari kan slette planene').count(), 0);
  } finally {
    await closePage(chromium);
  }
});
