// A network coordinator's view: a hundred schools' plans side by side, filtered and
// sorted; and one school's case as a handout for the network meeting, printed or
// downloaded as Markdown. Plans are seeded straight into storage (IndexedDB), as an import
// would leave them. Screenshots at 1280 and 375 px go to output/.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, WIDTHS, launch, newPage, closePage, waitForApp, screenshot, checkA11y } from './harness.mjs';
import { storePlans } from './app.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHASE1 = ['f1-a-dialog', 'f1-a-kartlegging', 'f1-a-gevinst', 'f1-a-formaal', 'f1-a-interessenter', 'f1-a-ansvar', 'f1-a-innsats', 'f1-a-kapasitet', 'f1-a-barrierer', 'f1-a-rydde'];
const PHASE2 = ['f2-a-involvere', 'f2-a-retning', 'f2-a-gruppe'];
const PLACES = ['Bø', 'Notodden', 'Sauherad', 'Seljord', 'Tinn'];
const EVIL = '<script>alert(1)</script>';

const emptyPhase = () => ({ status: 'not_started', activities: {}, own_activities: [], answers: {}, own_questions: [] });
const doneAll = (ids) => Object.fromEntries(ids.map((id) => [id, { done: true, note: '', responsible: '', due: '' }]));

/** A stored plan as the app writes it: one record, [id, envelope text]. */
function entry(plan) {
  const full = {
    name: '', school: '', municipality: '', idea: '', focus_area: '', last_exported: '',
    created: '2026-11-01T08:00:00.000Z', updated: '2026-11-20T08:00:00.000Z',
    phases: [emptyPhase(), emptyPhase(), emptyPhase(), emptyPhase()],
    ...plan,
  };
  return [plan.id, JSON.stringify({ format: 'dekom-plan', version: 1, saved: full.updated, plan: full })];
}

/** Replaces everything stored with `plans`, then opens `path` so the app loads them. */
async function seed(page, plans, path) {
  await page.goto(`${BASE_URL}/`);
  await waitForApp(page);
  await storePlans(page, plans.map(entry));
  await page.goto(`${BASE_URL}${path}`);
  await waitForApp(page);
}

/** 100 schools in 5 municipalities; school 042 has come furthest. */
function network() {
  return Array.from({ length: 100 }, (_, i) => {
    const n = String(i).padStart(3, '0');
    const phases = [emptyPhase(), emptyPhase(), emptyPhase(), emptyPhase()];
    if (i === 42) {
      phases[0] = { ...emptyPhase(), status: 'consolidated', activities: doneAll(PHASE1) };
      phases[1] = { ...emptyPhase(), status: 'in_progress', activities: doneAll(PHASE2) };
    } else {
      phases[0] = { ...emptyPhase(), status: i % 3 ? 'in_progress' : 'not_started', activities: doneAll(PHASE1.slice(0, i % 8)) };
    }
    return { id: `net${n}`, name: i === 42 ? 'Lengst kommet' : `Plan ${n}`, school: `Skole ${n}`, municipality: PLACES[i % 5], phases };
  });
}

const rows = (page) => page.locator('.network-table tbody tr');
const column = (page, n) => rows(page).locator(`td:nth-child(${n}), th:nth-child(${n})`).allTextContents();

for (const [label, width] of Object.entries(WIDTHS)) {
  test(`a coordinator compares a hundred plans, filters and sorts them (${label})`, async () => {
    const page = await newPage(browser, { width });
    try {
      await seed(page, network(), '/');
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Nettverk' }).click();
      await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Skolene i nettverket' }).waitFor());
      assert.equal(await page.title(), 'Skolene i nettverket – Skoleutvikling i fire faser');
      assert.equal(await rows(page).count(), 100);
      assert.equal(await page.locator('.network-table caption').textContent(), 'Status og aktiviteter gjort per fase');
      assert.equal(await page.locator('tfoot th').textContent(), 'Totalt, 100 planer');
      assert.deepEqual((await column(page, 2)).slice(0, 3), ['Skole 000', 'Skole 001', 'Skole 002'], 'by school at first');

      const started = Date.now();
      await page.getByLabel('Kommune').selectOption('Tinn');
      await page.getByText('Viser 20 av 100 planer').waitFor();
      const filterMs = Date.now() - started;
      assert.equal(await rows(page).count(), 20);
      assert.deepEqual(new Set(await column(page, 3)), new Set(['Tinn']));
      assert.equal(await page.locator('tfoot th').textContent(), 'Totalt, 20 planer');
      assert.match(page.url(), /kommune=Tinn/);

      await page.getByLabel('Sorter etter').selectOption({ label: 'Framdrift, lengst kommet først' });
      await page.waitForURL(/sorter=framdrift/);
      const done = await rows(page).locator('td:last-child .network-bar__count').allTextContents();
      const share = (s) => { const [d, t] = s.split('/').map(Number); return d / t; };
      assert.ok(done.every((s, i) => i === 0 || share(done[i - 1]) >= share(s)), `most advanced first: ${done.join(' ')}`);
      console.log(`filter to one municipality of 100 plans: ${filterMs} ms at ${width} px`);

      // The table is kept in the URL: a reload, or coming back from a plan, finds it as left.
      await page.reload();
      await waitForApp(page);
      assert.equal(await rows(page).count(), 20);
      assert.equal(await page.getByLabel('Kommune').inputValue(), 'Tinn');
      assert.equal(await page.getByLabel('Sorter etter').inputValue(), 'framdrift');

      const region = page.getByRole('region', { name: 'Status og aktiviteter gjort per fase' });
      if (width === WIDTHS.mobile) {
        const { inner, outer, page: pageWidth } = await region.evaluate((el) => ({ inner: el.scrollWidth, outer: el.clientWidth, page: document.documentElement.scrollWidth }));
        assert.ok(inner > outer, 'the table scrolls sideways inside its region');
        assert.ok(pageWidth <= width, `the page itself does not scroll sideways (${pageWidth} px)`);
      }
      await screenshot(page, `network-${width}`);
      await checkA11y(page);
      if (width === WIDTHS.mobile) {
        await region.focus();
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(() => document.querySelector('.network-scroll').scrollLeft > 0);
        await screenshot(page, 'network-scrolled-375');
      }

      await page.getByLabel('Kommune').selectOption('');
      await page.getByLabel('Sorter etter').selectOption({ label: 'Framdrift, lengst kommet først' });
      assert.equal(await rows(page).count(), 100);
      assert.equal(await rows(page).first().locator('th').textContent(), 'Lengst kommet');
      await rows(page).first().getByRole('link', { name: 'Lengst kommet' }).click();
      await page.waitForURL(/\/plan\/net042$/);
      await page.goBack();
      await page.waitForURL(/\/nettverk\?sorter=framdrift$/);
      assert.equal(await rows(page).first().locator('th').textContent(), 'Lengst kommet');
    } finally {
      await closePage(page);
    }
  });
}

test('with no plans the network page says where plans come from', async () => {
  const page = await newPage(browser, { width: WIDTHS.mobile });
  try {
    await seed(page, [], '/nettverk');
    await assert.doesNotReject(page.getByRole('heading', { level: 2, name: 'Ingen planer å sammenligne ennå' }).waitFor());
    assert.ok(await page.getByText(/importer filene på siden «Planer»/).isVisible());
    assert.equal(await page.locator('table').count(), 0);
    await screenshot(page, 'network-empty-375');
    await checkA11y(page);
  } finally {
    await closePage(page);
  }
});

/** A plan with some work in phase 1: one activity done with a note, one question answered. */
function casePlan(text = {}) {
  const phase1 = {
    ...emptyPhase(),
    status: 'in_progress',
    activities: {
      'f1-a-dialog': { done: true, note: text.note ?? 'To personalmøter i august.', responsible: 'Kari Nordmann', due: '2027-03-15' },
      'f1-a-kartlegging': { done: false, note: '', responsible: 'Ola', due: '' },
    },
    answers: { 'f1-q-involvering': text.answer ?? 'Hele kollegiet var med fra starten.' },
  };
  return {
    id: 'case1', name: text.name ?? 'Trygt skolemiljø', school: 'Bø skule', municipality: 'Midt-Telemark',
    idea: text.idea ?? 'Alle elever opplever å høre til.\nFærre konflikter i friminuttene.', focus_area: 'Inkluderende læringsmiljø',
    phases: [phase1, emptyPhase(), emptyPhase(), emptyPhase()],
  };
}

for (const [label, width] of Object.entries(WIDTHS)) {
  test(`a plan's case prints as a handout and downloads as Markdown (${label})`, async () => {
    const page = await newPage(browser, { width });
    try {
      await seed(page, [casePlan()], '/plan/case1');
      await page.getByRole('link', { name: 'Sak til nettverksmøte' }).click();
      await page.waitForURL(/\/plan\/case1\/sak$/);
      await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Trygt skolemiljø' }).waitFor());
      assert.equal(await page.title(), 'Sak til nettverksmøte – Trygt skolemiljø – Skoleutvikling i fire faser');
      const handout = page.locator('article.handout');
      assert.ok(await handout.getByText('Alle elever opplever å høre til.').isVisible(), 'the idea');
      const phase1 = handout.getByRole('region', { name: 'Fase 1: Beredskap' });
      const done = phase1.locator('ul').first();
      assert.match(await done.textContent(), /Snakk med personalet om hva satsingen går ut på og hvorfor/);
      assert.match(await done.textContent(), /Notat: To personalmøter i august\./);
      assert.match(await done.textContent(), /Ansvarlig: Kari Nordmann · Frist: 15\.03\.2027/);
      assert.ok(await phase1.getByText('Hele kollegiet var med fra starten.').isVisible(), 'the answer');
      assert.equal(await handout.getByText('Ingen spørsmål er besvart ennå.').count(), 3, 'phases 2–4 have no answers');
      assert.ok(await page.getByRole('navigation', { name: 'Planens deler' }).getByRole('link', { name: 'Sak' }).isVisible());
      await screenshot(page, `handout-${width}`);
      await checkA11y(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Last ned som Markdown' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^sak-trygt-skolemiljø-\d{4}-\d{2}-\d{2}\.md$/);
      const md = await readFile(await download.path(), 'utf8');
      const headings = md.split('\n').filter((l) => l.startsWith('#'));
      assert.deepEqual(headings.slice(0, 6), [
        '# Trygt skolemiljø', '## Ønsket resultat eller praksisendring', '## Fase 1: Beredskap',
        '### Gjort', '### Ikke gjort ennå', '### Refleksjonsspørsmål',
      ]);
      assert.equal(headings.length, 2 + 4 * 4);
      assert.ok(md.includes('- **Snakk med personalet om hva satsingen går ut på og hvorfor**\\\n  Notat: To personalmøter i august.'));
      assert.ok(md.includes('Hele kollegiet var med fra starten.'));

      if (width === WIDTHS.desktop) {
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.locator('.site-header').isVisible(), false, 'no header on paper');
        assert.equal(await page.locator('.plan-nav').isVisible(), false, 'no tabs on paper');
        assert.equal(await page.getByRole('button', { name: 'Skriv ut' }).isVisible(), false, 'no buttons on paper');
        await screenshot(page, 'handout-print-1280');
        await page.emulateMedia({ media: 'screen' });
      }
    } finally {
      await closePage(page);
    }
  });
}

test('text a school wrote is shown as text, never run as HTML', async () => {
  const page = await newPage(browser);
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  try {
    const evil = casePlan({ name: EVIL, idea: `Idé ${EVIL}`, note: `Notat ${EVIL}`, answer: `Svar <img src=x onerror=alert(2)>` });
    await seed(page, [{ ...evil, school: `<b>Skole</b>`, municipality: `<i>Kommune</i>` }], '/nettverk');
    await assert.doesNotReject(page.getByRole('link', { name: EVIL }).waitFor());
    assert.equal(await rows(page).locator('td').nth(0).textContent(), '<b>Skole</b>');
    assert.ok(await page.getByRole('option', { name: '<i>Kommune</i>' }).count() === 1);

    await page.goto(`${BASE_URL}/plan/case1/sak`);
    await waitForApp(page);
    await assert.doesNotReject(page.getByRole('heading', { level: 1, name: EVIL }).waitFor());
    assert.ok(await page.getByText(`Idé ${EVIL}`).isVisible());
    assert.ok(await page.getByText(`Notat ${EVIL}`).isVisible());
    assert.ok(await page.getByText('Svar <img src=x onerror=alert(2)>').isVisible());
    assert.equal(await page.locator('main script, main img, main b, main i').count(), 0, 'no element made from user text');
    assert.ok((await page.title()).includes(EVIL));
    assert.deepEqual(dialogs, [], 'no script ran');
  } finally {
    await closePage(page);
  }
});
