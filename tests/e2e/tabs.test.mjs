// Two tabs on one plan, and undo pressed many times: the ways work was lost before. Each
// test opens real tabs of one browser, types as people do (fast, at once, mid-save), and
// reloads to see what storage really kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, checkA11y, closePage, launch, newPage, newTab, screenshot, waitForApp } from './harness.mjs';
import { card, createPlan, createPlanHere, flushSaves, home } from './app.mjs';

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser?.close(); });

/** A second tab in the same browser (same storage), at `url`. */
async function secondTab(page, url) {
  const other = await newTab(page);
  await other.goto(url);
  await waitForApp(other);
  return other;
}

const settle = (page) => page.waitForTimeout(900);

test('two tabs typing into different fields at once keep both texts', async () => {
  const page = await newPage(browser);
  try {
    const url = await createPlan(page, 'Leseløftet');
    await flushSaves(page);
    const other = await secondTab(page, url);
    // Inside the 0.3 s save delay of each other: neither tab has seen the other's save.
    const typing = [
      page.getByLabel('Kommune').pressSequentially('Åsen', { delay: 20 }),
      (async () => { await other.waitForTimeout(100); await other.getByLabel('Skole', { exact: true }).pressSequentially('Bø skule', { delay: 20 }); })(),
    ];
    await Promise.all(typing);
    await settle(page);
    for (const tab of [page, other]) {
      await tab.reload();
      await waitForApp(tab);
      assert.equal(await tab.getByLabel('Kommune').inputValue(), 'Åsen');
      assert.equal(await tab.getByLabel('Skole', { exact: true }).inputValue(), 'Bø skule');
    }
  } finally {
    await closePage(page);
  }
});

test('an answer typed in one tab while ticking activities in the other keeps every word and tick', async () => {
  const page = await newPage(browser);
  try {
    const url = await createPlan(page, 'Samtidig');
    await flushSaves(page);
    const phase = `${url}/fase/1`;
    await page.goto(phase);
    await waitForApp(page);
    const other = await secondTab(page, phase);
    const words = ['Vi', 'startet', 'med', 'felles', 'møter'];
    const answer = page.locator('.questions textarea').first();
    const typing = (async () => {
      for (const word of words) {
        await answer.pressSequentially(`${word} `, { delay: 15 });
        await page.waitForTimeout(120);
      }
    })();
    const ticking = (async () => {
      for (let i = 0; i < 5; i++) {
        await other.getByRole('checkbox').nth(i).check();
        await other.waitForTimeout(150);
      }
    })();
    await Promise.all([typing, ticking]);
    await settle(page);
    for (const tab of [page, other]) {
      await tab.reload();
      await waitForApp(tab);
      assert.equal(await tab.locator('.questions textarea').first().inputValue(), 'Vi startet med felles møter ');
      for (let i = 0; i < 5; i++) assert.ok(await tab.getByRole('checkbox').nth(i).isChecked(), `tick ${i + 1} kept`);
    }
  } finally {
    await closePage(page);
  }
});

test('the same text written in two tabs at once is kept both ways until the user chooses', async () => {
  const page = await newPage(browser);
  try {
    const url = await createPlan(page, 'Konflikt');
    await flushSaves(page);
    const other = await secondTab(page, url);
    // Both tabs write the idea before either hears of the other's save.
    await Promise.all([
      page.getByLabel('Ønsket resultat eller praksisendring').fill('Alle elever leser hver dag.'),
      other.getByLabel('Ønsket resultat eller praksisendring').fill('Elevene skriver mer.'),
    ]);
    await settle(page);
    const panel = page.getByRole('alert').filter({ hasText: 'Samme tekst ble endret to steder i «Konflikt»' });
    await panel.waitFor();
    const shown = await page.getByLabel('Ønsket resultat eller praksisendring').inputValue();
    const texts = [shown, shown === 'Elevene skriver mer.' ? 'Alle elever leser hver dag.' : 'Elevene skriver mer.'];
    assert.ok(texts.includes('Elevene skriver mer.') && texts.includes('Alle elever leser hver dag.'));
    const text = await panel.textContent();
    assert.ok(text.includes(texts[0]) && text.includes(texts[1]), 'both versions are on screen');
    assert.match(text, /Planen: Ønsket resultat/);
    await screenshot(page, 'tabs-conflict-1280');
    await checkA11y(page);
    await panel.getByRole('button', { name: 'Bruk den andre' }).click();
    await panel.waitFor({ state: 'detached' });
    assert.equal(await page.getByLabel('Ønsket resultat eller praksisendring').inputValue(), texts[1]);
    await settle(page);
    // The other tab follows the choice, and no conflict is left anywhere.
    assert.equal(await other.getByLabel('Ønsket resultat eller praksisendring').inputValue(), texts[1]);
    assert.equal(await other.getByRole('alert').filter({ hasText: 'Samme tekst ble endret' }).count(), 0);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getByLabel('Ønsket resultat eller praksisendring').inputValue(), texts[1]);
    assert.equal(await page.getByRole('alert').filter({ hasText: 'Samme tekst ble endret' }).count(), 0);
  } finally {
    await closePage(page);
  }
});

test('a conflict at 375 px reads whole', async () => {
  const page = await newPage(browser, { width: 375 });
  try {
    const url = await createPlan(page, 'Smal');
    await flushSaves(page);
    const other = await secondTab(page, url);
    await Promise.all([
      page.getByLabel('Skole', { exact: true }).fill('Ås barneskole'),
      other.getByLabel('Skole', { exact: true }).fill('Ås skole, avdeling nord'),
    ]);
    await settle(page);
    await page.getByRole('alert').filter({ hasText: 'Samme tekst' }).waitFor();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(wide, false, 'nothing scrolls sideways');
    await screenshot(page, 'tabs-conflict-375');
  } finally {
    await closePage(page);
  }
});

test('undo pressed many times never deletes a plan without asking, and names the plan', async () => {
  const page = await newPage(browser);
  try {
    const url = await createPlan(page, 'Ny i dag', 'Alle leser');
    await page.getByLabel('Skole', { exact: true }).fill('Ås skole');
    await page.locator('h1').click(); // out of the text field: Ctrl+Z is the app's
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(50);
    }
    // By then the typing is undone: the plan has the name it was created with.
    const ask = page.getByRole('alertdialog', { name: 'Å angre nå sletter «Ny plan»' });
    await ask.waitFor();
    await screenshot(page, 'undo-asks-1280');
    await checkA11y(page);
    await ask.getByRole('button', { name: 'Avbryt' }).click();
    await ask.waitFor({ state: 'detached' });
    await page.reload();
    await waitForApp(page);
    assert.equal(page.url(), url);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Ny plan', 'the plan is still here, its typing undone');
    assert.equal(await page.getByLabel('Skole', { exact: true }).inputValue(), '');
    await home(page);
    assert.equal(await page.getByRole('heading', { name: 'Ny plan', exact: true }).count(), 1);
  } finally {
    await closePage(page);
  }
});

test("undo on a plan's page changes that plan and says so", async () => {
  const page = await newPage(browser);
  try {
    const a = await createPlan(page, 'Plan A');
    await page.waitForTimeout(1600); // the name is one step, the municipality the next
    await page.getByLabel('Kommune').fill('Ås');
    await page.getByRole('link', { name: 'Planer', exact: true }).click();
    const b = await createPlanHere(page, 'Plan B');
    await page.getByLabel('Kommune').fill('Bø');
    await page.waitForTimeout(1600); // a new undo step
    // Within the app (a reload would start a new history): back to the plans, open A.
    await page.getByRole('link', { name: 'Planer', exact: true }).click();
    await card(page, 'Plan A').getByRole('button', { name: 'Åpne' }).click();
    await page.waitForURL(a);
    // The newest change anywhere is in B; here undo takes back A's.
    await page.getByRole('button', { name: 'Angre siste endring i «Plan A»' }).click();
    await page.getByRole('status').filter({ hasText: 'Angret siste endring i «Plan A».' }).waitFor();
    assert.equal(await page.getByLabel('Kommune').inputValue(), '');
    await page.getByRole('link', { name: 'Planer', exact: true }).click();
    await card(page, 'Plan B').getByRole('button', { name: 'Åpne' }).click();
    await page.waitForURL(b);
    assert.equal(await page.getByLabel('Kommune').inputValue(), 'Bø', 'B is untouched');
    await screenshot(page, 'undo-named-1280');
  } finally {
    await closePage(page);
  }
});

test('after "delete all data" in one tab, undo in another brings nothing back', async () => {
  const page = await newPage(browser);
  try {
    const url = await createPlan(page, 'Delt maskin', 'Hemmelig plan');
    await page.getByLabel('Kommune').fill('Ås');
    await flushSaves(page);
    const other = await secondTab(page, `${BASE_URL}/personvern`);
    await other.getByRole('button', { name: 'Slett alle data på denne maskinen' }).click();
    await other.getByRole('dialog').getByRole('button', { name: 'Ja, slett alt' }).click();
    await other.getByRole('status').filter({ hasText: 'Slettet.' }).waitFor();
    await settle(page);
    await page.locator('main').click();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+z');
    await settle(page);
    await page.goto(`${BASE_URL}/`);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Lag den første planen' }).waitFor();
    await page.goto(url);
    await waitForApp(page);
    await page.getByRole('heading', { name: 'Fant ikke siden' }).waitFor();
  } finally {
    await closePage(page);
  }
});
