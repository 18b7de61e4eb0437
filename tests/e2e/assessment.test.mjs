// Self-assessments as a workshop records them: two capacity snapshots on two dates, rated
// one person at a time and by typed counts; the list, the radar, the trend and their twin
// tables show the numbers that went in; a delete is undone; everything survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, closePage, waitForApp, screenshot, checkA11y } from './harness.mjs';
import { createPlan, cutChartLabels, flushSaves } from './app.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const plus = (page, answer, item) => page.getByRole('button', { name: `+1 til «${answer}» på «${item}»` }).click();
const stats = (page, item) => page.getByRole('group', { name: item }).locator('.rate-item__stats').innerText();

/** Starts a new capacity snapshot from the list and dates it. */
async function newCapacity(page, date) {
  await page.getByRole('button', { name: 'Ny vurdering: Kapasitet' }).click();
  await page.waitForURL(/\/vurdering\/[^/]+$/);
  await page.getByRole('heading', { level: 1, name: 'Kapasitet' }).waitFor();
  await page.getByLabel('Dato').fill(date);
}

async function backToList(page) {
  await page.getByRole('link', { name: 'Tilbake til egenvurderingene' }).first().click();
  await page.waitForURL(/\/vurdering$/);
}

test('two capacity snapshots: counts, means, charts and tables agree; delete, undo, reload', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Egenvurdering');
    await page.getByRole('link', { name: 'Åpne egenvurderingene' }).click();
    await page.waitForURL(/\/vurdering$/);
    await page.getByRole('heading', { level: 1, name: 'Egenvurderinger' }).waitFor();
    assert.equal(await page.getByText('Ingen vurderinger ennå.').count(), 8, 'eight instruments, none recorded');
    assert.equal(await page.getByRole('figure').count(), 0, 'no chart before there is anything to draw');
    await checkA11y(page);

    // January: two people rate competence 2; values gets three typed 4s and one "don't know".
    await newCapacity(page, '2026-01-10');
    await plus(page, '2', 'Kompetanse');
    await plus(page, '2', 'Kompetanse');
    await page.getByLabel('Antall som svarte «4» på «Verdier»').fill('3');
    await plus(page, 'Vet ikke', 'Verdier');
    assert.equal(await stats(page, 'Kompetanse'), 'Snitt 2,0 · standardavvik 0,0 · fra 2 til 2 · n = 2');
    assert.equal(await stats(page, 'Verdier'), 'Snitt 4,0 · standardavvik 0,0 · fra 4 til 4 · n = 3 · 1 vet ikke');
    assert.equal(await stats(page, 'Motivasjon'), 'Ingen har gitt en verdi ennå.');
    assert.equal(await page.getByLabel('Antall som svarte «2» på «Kompetanse»').inputValue(), '2');
    await page.getByLabel('Notat').fill('Personalmøte i januar');
    await screenshot(page, 'assessment-form-1280');
    await checkA11y(page);
    await backToList(page);

    // June: competence 4 and 5, values 3.
    await newCapacity(page, '2026-06-01');
    await plus(page, '4', 'Kompetanse');
    await plus(page, '5', 'Kompetanse');
    await plus(page, '3', 'Verdier');
    assert.equal(await stats(page, 'Kompetanse'), 'Snitt 4,5 · standardavvik 0,5 · fra 4 til 5 · n = 2');
    await backToList(page);

    // The list, newest first: date, participants, mean of the item means, change.
    const capacity = page.getByRole('table', { name: 'Vurderinger: Kapasitet' });
    const rows = capacity.locator('tbody tr');
    assert.deepEqual(await rows.nth(0).locator('th, td').allTextContents(), ['01.06.2026', '2', '3,8', '+0,8', 'Slett']);
    assert.deepEqual(await rows.nth(1).locator('th, td').allTextContents(), ['10.01.2026', '4', '3,0', '–', 'Slett']);

    // The radar: one axis per capacity item, the latest and the previous snapshot.
    const radar = page.getByRole('figure', { name: 'Kapasitet: siste vurdering mot forrige' });
    await radar.locator('.chart svg').waitFor();
    const radarText = await radar.locator('.chart svg text').allTextContents();
    for (const item of ['Kompetanse', 'Motivasjon', 'Verdier', 'Folk', 'Infrastruktur', 'Ressurser', 'Ledelse', 'Psykologisk klima', 'Partnere']) {
      assert.equal(radarText.filter((s) => s === item).length, 1, `one axis named ${item}: ${radarText}`);
    }
    assert.ok(radarText.includes('Forrige (10.01.2026)') && radarText.includes('Siste (01.06.2026)'), `two series in the legend: ${radarText}`);

    // The trend: one line with a point on each date.
    const trend = page.getByRole('figure', { name: 'Snitt for hver vurdering over tid' });
    await trend.locator('.chart svg').waitFor();
    const trendText = await trend.locator('.chart svg text').allTextContents();
    assert.ok(trendText.includes('10.01.2026') && trendText.includes('01.06.2026'), `a point per date: ${trendText}`);
    await screenshot(page, 'assessment-list-1280');

    // The twin tables hold what went in.
    await radar.getByRole('button', { name: 'Vis som tabell' }).click();
    const radarRows = radar.getByRole('table').locator('tbody tr');
    assert.deepEqual(await radarRows.nth(0).locator('th, td').allTextContents(), ['Kompetanse', '2,0', '4,5']);
    assert.deepEqual(await radarRows.nth(2).locator('th, td').allTextContents(), ['Verdier', '4,0', '3,0']);
    await trend.getByRole('button', { name: 'Vis som tabell' }).click();
    const trendRows = trend.getByRole('table').locator('tbody tr');
    assert.equal(await trendRows.count(), 2);
    assert.deepEqual(await trendRows.nth(0).locator('th, td').allTextContents(), ['10.01.2026', '3,0']);
    assert.deepEqual(await trendRows.nth(1).locator('th, td').allTextContents(), ['01.06.2026', '3,8']);
    await checkA11y(page);

    // Delete the January snapshot, then undo.
    await page.getByRole('button', { name: 'Slett vurderingen fra 10.01.2026' }).click();
    await page.getByRole('status').filter({ hasText: 'Vurderingen «Kapasitet» fra 10.01.2026 er slettet.' }).waitFor();
    assert.equal(await rows.count(), 1);
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await page.getByRole('link', { name: 'Åpne vurderingen fra 10.01.2026' }).waitFor();
    assert.equal(await rows.count(), 2);

    // Everything is still there after a reload.
    await flushSaves(page);
    await page.reload();
    await waitForApp(page);
    assert.equal(await rows.count(), 2);
    await page.getByRole('link', { name: 'Åpne vurderingen fra 10.01.2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kapasitet' }).waitFor();
    assert.equal(await page.getByLabel('Dato').inputValue(), '10.01.2026');
    assert.equal(await page.getByLabel('Notat').inputValue(), 'Personalmøte i januar');
    assert.equal(await stats(page, 'Verdier'), 'Snitt 4,0 · standardavvik 0,0 · fra 4 til 4 · n = 3 · 1 vet ikke');
  } finally {
    await closePage(page);
  }
});

test('Levels of Use on a phone: staff counted per level, stacked over time', async () => {
  const page = await newPage(browser, { width: 375 });
  try {
    const plan = await createPlan(page, 'Nivåer');
    await page.goto(`${plan}/vurdering`);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Ny vurdering: Nivåer i bruk' }).click();
    await page.waitForURL(/\/vurdering\/[^/]+$/);
    await page.getByLabel('0 Ikke i bruk', { exact: true }).fill('4');
    await page.getByRole('button', { name: '+1 til «III Mekanisk bruk» på «Nivåer i bruk»' }).click();
    await page.getByText('Til sammen 5 ansatte').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
    await screenshot(page, 'assessment-levels-375');
    await checkA11y(page);

    await page.goto(`${plan}/vurdering`);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Ny vurdering: Kapasitet' }).click();
    await page.waitForURL(/\/vurdering\/[^/]+$/);
    await plus(page, '3', 'Kompetanse');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
    await screenshot(page, 'assessment-form-375');
    await checkA11y(page);

    await backToList(page);
    const levels = page.getByRole('figure', { name: 'Nivåer i bruk over tid' });
    await levels.locator('.chart svg').waitFor();
    await levels.getByRole('button', { name: 'Vis som tabell' }).click();
    const cells = await levels.getByRole('table').locator('tbody tr td').allTextContents();
    assert.deepEqual(cells, ['4', '0', '0', '1', '0', '0', '0', '0'], 'one row per level, one column for the date');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
    // Every axis name of the capacity radar can be read whole on a phone.
    const radar = page.getByRole('figure', { name: 'Kapasitet: siste vurdering mot forrige' }).locator('.chart svg');
    await radar.locator('text', { hasText: 'Kompetanse' }).waitFor();
    assert.deepEqual(await cutChartLabels(page), [], 'chart labels cut off');
    await screenshot(page, 'assessment-list-375');
    await checkA11y(page);
  } finally {
    await closePage(page);
  }
});
