// The guided workbook as a school uses it: create a plan, work in the phases, come back
// tomorrow and find everything; deep links, back/forward; delete and undo; storage
// that cannot be read. Screenshots of every page at 1280 and 375 px go to output/.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, WIDTHS, launch, newPage, closePage, waitForApp, screenshot, checkA11y } from './harness.mjs';
import { card as planCard, createPlan, storedPlans } from './app.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const planNav = (page) => page.getByRole('navigation', { name: 'Planens deler' }).first();


for (const [label, width] of Object.entries(WIDTHS)) {
  test(`a school works through the phases and finds everything after reload (${label})`, async () => {
    const page = await newPage(browser, { width });
    try {
      await page.goto(`${BASE_URL}/`);
      await waitForApp(page);
      await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Planene dine' }).waitFor());
      await screenshot(page, `home-empty-${width}`);
      await checkA11y(page);

      const planUrl = await createPlan(page, 'Trygt og godt skolemiljø');
      await page.getByLabel('Skole', { exact: true }).fill('Bø skule');
      await page.getByLabel('Kommune').fill('Midt-Telemark');
      await page.getByLabel('Ønsket resultat eller praksisendring').fill('Alle elever opplever å høre til i en klasse.\nFærre konflikter i friminuttene.');
      await page.getByLabel('Fokusområde').fill('Inkluderende læringsmiljø');
      await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Trygt og godt skolemiljø' }).waitFor());
      await screenshot(page, `overview-${width}`);
      await checkA11y(page);

      // Phase 1: tick the first activity, answer the first question, add an own activity.
      await planNav(page).getByRole('link', { name: /Beredskap/ }).click();
      await page.waitForURL(/\/fase\/1$/);
      const first = page.getByRole('checkbox').first();
      const firstName = await first.evaluate((el) => el.labels[0].textContent.trim());
      await first.check();
      const question = page.locator('.questions textarea').first();
      await question.fill('Vi startet med en personalmøteserie i august.');
      await page.getByLabel('Ny aktivitet').fill('Felles planleggingsdag med PPT');
      await page.getByRole('button', { name: 'Legg til aktivitet' }).click();
      const own = page.getByRole('checkbox', { name: /Felles planleggingsdag med PPT/ });
      await own.check();
      await page.getByRole('radio', { name: 'I gang' }).check();
      await assert.doesNotReject(page.getByText(/^2 av \d+ aktiviteter gjort$/).first().waitFor());
      await screenshot(page, `phase1-${width}`);
      await checkA11y(page);

      // Phase 3 by the pager and the nav.
      await planNav(page).getByRole('link', { name: /Kjernekomponenter/ }).click();
      await page.waitForURL(/\/fase\/3$/);
      await page.getByRole('checkbox').nth(1).check();
      const details = page.locator('.activity__details').nth(1);
      await details.locator('summary').click();
      await details.getByLabel('Ansvarlig').fill('Kari Nordmann');
      await details.getByLabel('Frist').fill('2027-03-15');
      await assert.doesNotReject(page.getByText('Ansvarlig: Kari Nordmann · Frist: 15.03.2027').waitFor());
      await screenshot(page, `phase3-${width}`);

      // Tomorrow: reload and find it all.
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.getByRole('checkbox').nth(1).isChecked(), true, 'phase 3 tick survives reload');
      assert.ok(await page.getByText('Ansvarlig: Kari Nordmann · Frist: 15.03.2027').isVisible());
      await page.goto(planUrl);
      await waitForApp(page);
      assert.equal(await page.getByLabel('Ønsket resultat eller praksisendring').inputValue(), 'Alle elever opplever å høre til i en klasse.\nFærre konflikter i friminuttene.');
      assert.equal(await page.getByLabel('Skole', { exact: true }).inputValue(), 'Bø skule');
      assert.ok(await page.getByText('I gang').first().isVisible(), 'phase 1 status shows on the overview');
      await planNav(page).getByRole('link', { name: /Beredskap/ }).click();
      assert.equal(await page.getByRole('checkbox', { name: firstName }).isChecked(), true);
      assert.equal(await own.isChecked(), true);
      assert.equal(await page.locator('.questions textarea').first().inputValue(), 'Vi startet med en personalmøteserie i august.');
      assert.equal(await page.getByRole('radio', { name: 'I gang' }).isChecked(), true);

      await page.goto(`${BASE_URL}/`);
      await waitForApp(page);
      await assert.doesNotReject(page.getByText('Bø skule, Midt-Telemark').waitFor());
      await screenshot(page, `home-${width}`);
      await checkA11y(page);

      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Om modellen' }).click();
      await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Om modellen' }).waitFor());
      await screenshot(page, `about-${width}`);
      await checkA11y(page);
    } finally {
      await closePage(page);
    }
  });
}

test('own items are edited, reordered and removed with undo', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Egne punkter');
    await page.goto(page.url() + '/fase/2');
    await waitForApp(page);
    for (const text of ['Første egne', 'Andre egne']) {
      await page.getByLabel('Nytt spørsmål').fill(text);
      await page.getByRole('button', { name: 'Legg til spørsmål' }).click();
    }
    await page.getByRole('button', { name: 'Legg til spørsmål' }).click();
    await assert.doesNotReject(page.getByText('Skriv noe først.').waitFor());

    const ownLabels = () => page.locator('.questions .question__text').filter({ hasText: 'Egen' }).allTextContents();
    assert.deepEqual(await ownLabels(), ['Første egneEgen', 'Andre egneEgen']);
    await page.locator('.questions details.own-edit summary').last().click();
    // Opened, the row's buttons say what their names start with (voice control).
    await checkA11y(page);
    await page.getByRole('button', { name: 'Flytt opp: Andre egne' }).click();
    assert.deepEqual(await ownLabels(), ['Andre egneEgen', 'Første egneEgen']);

    await page.getByRole('textbox', { name: /^Andre egne/ }).fill('Svar på mitt eget spørsmål');
    await page.getByRole('button', { name: 'Fjern: Andre egne' }).click();
    assert.deepEqual(await ownLabels(), ['Første egneEgen']);
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    assert.deepEqual(await ownLabels(), ['Andre egneEgen', 'Første egneEgen']);
    assert.equal(await page.getByRole('textbox', { name: /^Andre egne/ }).inputValue(), 'Svar på mitt eget spørsmål');
  } finally {
    await closePage(page);
  }
});

test('a phase opens from its URL and back and forward move between phases', async () => {
  const page = await newPage(browser);
  try {
    const planUrl = await createPlan(page, 'Lenker');
    await page.goto(`${planUrl}/fase/3`);
    await waitForApp(page);
    await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Kjernekomponenter' }).waitFor());
    assert.equal(await page.title(), 'Fase 3: Kjernekomponenter – Lenker – Skoleutvikling i fire faser');

    await page.getByRole('link', { name: /Neste fase/ }).click();
    await page.waitForURL(/\/fase\/4$/);
    await page.goBack();
    await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Kjernekomponenter' }).waitFor());
    await page.goForward();
    await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Konsolidering og drift' }).waitFor());

    await page.goto(`${planUrl}/fase/9`);
    await waitForApp(page);
    await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' }).waitFor());
    await page.goto(`${BASE_URL}/plan/finnes-ikke`);
    await waitForApp(page);
    await assert.doesNotReject(page.getByText('Denne planen finnes ikke i denne nettleseren.', { exact: false }).waitFor());
    await screenshot(page, 'plan-not-found-1280');
  } finally {
    await closePage(page);
  }
});

test('plans are renamed, duplicated, deleted after asking, and the delete can be undone', async () => {
  const page = await newPage(browser, { width: 375 });
  try {
    await createPlan(page, 'Plan A');
    await createPlan(page, 'Plan B');
    await page.goto(`${BASE_URL}/`);
    await waitForApp(page);
    const card = (name) => planCard(page, name);

    await card('Plan A').getByRole('button', { name: 'Gi nytt navn' }).click();
    await page.getByLabel('Nytt navn på planen').fill('Plan A – leseløftet');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await card('Plan A – leseløftet').getByRole('button', { name: 'Lag kopi' }).click();
    await assert.doesNotReject(card('Kopi av Plan A – leseløftet').waitFor());

    await card('Plan B').getByRole('button', { name: 'Slett' }).click();
    await assert.doesNotReject(page.getByText('Slette «Plan B»?').waitFor());
    await screenshot(page, 'delete-confirm-375');
    await checkA11y(page);
    await page.getByRole('button', { name: 'Ja, slett planen' }).click();
    assert.equal(await card('Plan B').count(), 0);
    await assert.doesNotReject(page.getByText('«Plan B» er slettet.').waitFor());
    await screenshot(page, 'deleted-undo-375');
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await assert.doesNotReject(card('Plan B').waitFor());

    await page.reload();
    await waitForApp(page);
    for (const name of ['Plan A – leseløftet', 'Kopi av Plan A – leseløftet', 'Plan B']) {
      assert.equal(await card(name).count(), 1, `${name} is kept after reload`);
    }
    await card('Plan B').getByRole('button', { name: 'Slett' }).click();
    await page.getByRole('button', { name: 'Ja, slett planen' }).click();
    await page.reload();
    await waitForApp(page);
    assert.equal(await card('Plan B').count(), 0, 'a delete without undo is final');
  } finally {
    await closePage(page);
  }
});

test('what was typed the moment before the tab closed is there when the plan is opened again', async () => {
  const first = await newPage(browser);
  const page = await first.context().newPage();
  try {
    const url = await createPlan(first, 'Lukket fane');
    await page.goto(`${url}/fase/2`);
    await page.waitForSelector('main h1');
    // Saves wait a moment after typing; closing the tab must not lose that moment's work.
    await page.locator('.questions textarea').first().fill('Skrevet rett før fanen ble lukket');
    await page.close({ runBeforeUnload: true });
    await first.goto(`${url}/fase/2`);
    await waitForApp(first);
    assert.equal(await first.locator('.questions textarea').first().inputValue(), 'Skrevet rett før fanen ble lukket');
  } finally {
    await closePage(first);
  }
});

test('two tabs on the same plan never overwrite each other', async () => {
  const a = await newPage(browser);
  try {
    const planUrl = await createPlan(a, 'To faner');
    const b = await a.context().newPage();
    await b.goto(`${planUrl}/fase/2`);
    await b.waitForSelector("main h1");
    await a.goto(`${planUrl}/fase/2`);
    await waitForApp(a);

    await b.getByRole('checkbox').first().check();
    await a.waitForFunction(() => document.querySelector('.checklist input[type=checkbox]').checked);
    await a.locator('.questions textarea').first().fill('Skrevet i fane A');
    await b.waitForFunction(() => document.querySelector('.questions textarea').value === 'Skrevet i fane A');
    await b.close();

    await a.reload();
    await waitForApp(a);
    assert.equal(await a.getByRole('checkbox').first().isChecked(), true, 'the tick from tab B is kept after tab A wrote');
    assert.equal(await a.locator('.questions textarea').first().inputValue(), 'Skrevet i fane A');
  } finally {
    await closePage(a);
  }
});

test('storage that cannot be read is reported and kept, and the app still works', async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${BASE_URL}/`);
    // As an earlier version left them in localStorage; the app moves them to IndexedDB as they are.
    await page.evaluate(() => {
      localStorage.setItem('dekom.plan.avkortet', '{"format":"dekom-plan","version":1,"plan":{"id":"avk');
      localStorage.setItem('dekom.plan.framtid', '{"format":"dekom-plan","version":7,"plan":{"id":"framtid"}}');
    });
    await page.reload();
    await waitForApp(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Noe lagret innhold kunne ikke leses' });
    await assert.doesNotReject(notice.waitFor());
    await assert.doesNotReject(notice.getByText('Innholdet er ødelagt eller avkortet.').waitFor());
    await assert.doesNotReject(notice.getByText(/nyere versjon av appen/).waitFor());
    await screenshot(page, 'unreadable-1280');
    await checkA11y(page);

    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Last ned kopien' }).first().click();
    const file = await download;
    assert.match(file.suggestedFilename(), /\.json$/);

    await createPlan(page, 'Ny plan ved siden av');
    const kept = await storedPlans(page);
    assert.equal(kept.avkortet, '{"format":"dekom-plan","version":1,"plan":{"id":"avk');
    assert.ok(kept.framtid.includes('"version":7'));
  } finally {
    await closePage(page);
  }
});
