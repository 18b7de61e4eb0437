// The planning tools as a principal uses them: set up the working group and see the
// model's advice come and go; plan milestones, filter and reorder them, and download them
// as a calendar (read back with ical.js, a real iCalendar parser) and as CSV; everything is
// still there after a reload; axe finds nothing on the new pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { launch, newPage, closePage, waitForApp, screenshot, checkA11y } from './harness.mjs';
import { createPlan, cutChartLabels, flushSaves } from './app.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const ALL = ['minor', 'moderate', 'serious', 'critical'];

/** The form under the heading `name`. */
const form = (page, name) => page.locator('form').filter({ has: page.getByRole('heading', { name, exact: true }) });

/** Opens a plan's planning hub from its overview, then the tool called `tool`. */
async function openTool(page, tool) {
  await page.getByRole('navigation', { name: 'Planens deler' }).getByRole('link', { name: 'Planlegging' }).click();
  await page.getByRole('heading', { level: 1, name: 'Planlegging' }).waitFor();
  await page.getByRole('link', { name: `Åpne ${tool}` }).click();
  await page.getByRole('heading', { level: 1, name: tool }).waitFor();
}

async function reload(page) {
  await flushSaves(page);
  await page.reload();
  await waitForApp(page);
}

test('the working group: members, meeting points, and the model’s advice', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Lesing i alle fag');
    await openTool(page, 'Arbeidsgruppe');
    const advice = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Modellens råd' }) });
    const follows = advice.getByText('Gruppen følger modellens råd.');
    // An empty group does not follow the advice: it is told where to begin.
    const begin = advice.getByText(/^Gruppen har ingen medlemmer ennå\. Begynn med rektor/);
    await begin.waitFor();
    assert.equal(await follows.count(), 0);
    await screenshot(page, 'planning-group-empty-1280');
    await page.setViewportSize({ width: 375, height: 900 });
    await screenshot(page, 'planning-group-empty-375');
    await page.setViewportSize({ width: 1280, height: 900 });

    const add = form(page, 'Nytt medlem');
    const member = async (name, role) => {
      await add.getByLabel('Navn').fill(name);
      await add.getByLabel('Rolle').selectOption({ label: role });
      await add.getByRole('button', { name: 'Legg til medlem' }).click();
    };
    const noLeader = advice.getByText(/Ingen rektor leder gruppen/);
    const oneCamp = advice.getByText(/kommer ikke fra ulike leirer/);
    const noUnion = advice.getByText(/Ingen tillitsvalgt er med i gruppen/);
    const noSkeptic = advice.getByText(/Ingen skeptiker er med i gruppen/);
    const noMeetings = advice.getByText(/ingen faste treffpunkt/);

    await member('Kari Nordmann', 'Lærer');
    await begin.waitFor({ state: 'detached' });
    for (const shown of [noLeader, oneCamp, noUnion, noSkeptic]) await shown.waitFor();
    await member('Per Rektor', 'Rektor, leder gruppen');
    await noLeader.waitFor({ state: 'detached' });
    await member('Siri', 'Skeptiker');
    await noSkeptic.waitFor({ state: 'detached' });
    assert.equal(await oneCamp.count(), 1, 'a skeptic is not another camp');
    // Only the role, no name: an assistant brings the second camp.
    await member('', 'Assistent');
    await oneCamp.waitFor({ state: 'detached' });
    assert.equal(await noUnion.count(), 1, 'still no union representative');
    assert.equal(await follows.count(), 0);
    await member('Tone', 'Tillitsvalgt');
    await noUnion.waitFor({ state: 'detached' });
    await follows.waitFor();

    // PPT comes from outside: the box is ticked as the role is chosen.
    const external = add.getByLabel('Ekstern (ikke ansatt ved skolen)');
    await add.getByLabel('Rolle').selectOption({ label: 'PPT' });
    assert.equal(await external.isChecked(), true);
    await add.getByLabel('Navn').fill('Ola fra PPT');
    await add.getByRole('button', { name: 'Legg til medlem' }).click();
    await noMeetings.waitFor();
    // The form starts afresh for the next person: no name, the first role, not external.
    assert.equal(await add.getByLabel('Navn').inputValue(), '');
    assert.equal(await add.getByLabel('Rolle').evaluate((s) => s.selectedOptions[0].textContent), 'Lærer');
    assert.equal(await external.isChecked(), false);
    await page.getByLabel('Faste treffpunkt med eksterne').fill('Første tirsdag i måneden');
    await noMeetings.waitFor({ state: 'detached' });

    // Removing the assistant brings the advice back; undo takes it away again.
    await page.getByRole('button', { name: 'Fjern: Assistent' }).click();
    await oneCamp.waitFor();
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await oneCamp.waitFor({ state: 'detached' });

    // A member's role can be changed on its row.
    await page.getByRole('listitem', { name: 'Siri (Skeptiker)' }).getByLabel('Navn').fill('Siri Skeptisk');
    await page.getByRole('listitem', { name: 'Siri Skeptisk (Skeptiker)' }).waitFor();

    await screenshot(page, 'planning-group-1280');
    assert.deepEqual(await checkA11y(page, { impacts: ALL }), []);

    await reload(page);
    const rows = page.getByRole('main').getByRole('list').first().getByRole('listitem');
    assert.deepEqual(await rows.evaluateAll((li) => li.map((l) => l.getAttribute('aria-label'))), [
      'Kari Nordmann (Lærer)',
      'Per Rektor (Rektor, leder gruppen)',
      'Siri Skeptisk (Skeptiker)',
      'Assistent',
      'Tone (Tillitsvalgt)',
      'Ola fra PPT (PPT)',
    ]);
    assert.equal(await page.getByLabel('Faste treffpunkt med eksterne').inputValue(), 'Første tirsdag i måneden');
    await follows.waitFor();

    await page.setViewportSize({ width: 375, height: 900 });
    await screenshot(page, 'planning-group-375');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(wide <= 0, `the page is ${wide} px too wide at 375 px`);
  } finally {
    await closePage(page);
  }
});

test('responsible fields across the plan suggest the working group’s members', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Felles ansvar');
    await openTool(page, 'Arbeidsgruppe');
    const add = form(page, 'Nytt medlem');
    for (const [name, role] of [['Ingrid Haugen', 'Rektor, leder gruppen'], ['', 'Assistent'], ['Kari Nordmann', 'Lærer']]) {
      await add.getByLabel('Navn').fill(name);
      await add.getByLabel('Rolle').selectOption({ label: role });
      await add.getByRole('button', { name: 'Legg til medlem' }).click();
    }
    // What the browser offers under a field: the options of the list the field names.
    const suggested = (field) => field.evaluate((el) => [...(el.list?.options ?? [])].map((o) => (o.label ? `${o.value} – ${o.label}` : o.value)));
    const group = ['Ingrid Haugen – Rektor, leder gruppen', 'Kari Nordmann – Lærer'];

    await openTool(page, 'Milepælsplan');
    const ms = form(page, 'Legg til milepæl');
    await ms.getByLabel('Ny milepæl: hva skal skje?').fill('Oppstartsmøte');
    await ms.getByRole('button', { name: 'Legg til milepæl' }).click();
    const who = page.getByRole('listitem', { name: 'Oppstartsmøte' }).getByLabel('Ansvarlig', { exact: true });
    assert.deepEqual(await suggested(who), group);
    // A name written once is offered elsewhere, but not again in another case.
    await who.fill('Bjørn Dahl');

    await openTool(page, 'Årshjul');
    const wheel = form(page, 'Legg til i årshjulet');
    await wheel.getByLabel('Aktivitet').fill('Foreldremøte');
    await wheel.getByRole('button', { name: 'Legg til i årshjulet' }).click();
    const wheelWho = page.getByRole('listitem', { name: 'Foreldremøte' }).getByLabel('Ansvarlig', { exact: true });
    assert.deepEqual(await suggested(wheelWho), [...group, 'Bjørn Dahl']);

    await page.getByRole('navigation', { name: 'Planens deler' }).getByRole('link', { name: /Beredskap/ }).click();
    await page.waitForURL(/\/fase\/1$/);
    const details = page.locator('.activity__details').first();
    await details.locator('summary').click();
    const activityWho = details.getByLabel('Ansvarlig');
    await activityWho.fill('kari nordmann');
    assert.deepEqual(await suggested(activityWho), [...group, 'Bjørn Dahl']);
    assert.equal(await page.locator('datalist').count(), 1, 'one list for the whole plan');
    await screenshot(page, 'planning-people-1280');
    await page.setViewportSize({ width: 375, height: 900 });
    await screenshot(page, 'planning-people-375');
  } finally {
    await closePage(page);
  }
});

test('the milestone plan: add, edit, filter, reorder, download as .ics and CSV', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Trygt skolemiljø');
    await openTool(page, 'Milepælsplan');
    await page.getByText('Ingen milepæler ennå.').waitFor();

    const add = form(page, 'Legg til milepæl');
    const milestone = async (what, time) => {
      await add.getByLabel('Ny milepæl: hva skal skje?').fill(what);
      await add.getByLabel('Tid').fill(time);
      await add.getByRole('button', { name: 'Legg til milepæl' }).click();
      await page.getByRole('listitem', { name: what }).waitFor();
    };
    // An empty title is refused with a message.
    await add.getByRole('button', { name: 'Legg til milepæl' }).click();
    await add.getByText('Skriv noe først.').waitFor();

    await milestone('Felles plandag; evaluering', 'Høst 2026');
    await milestone('Oppstartsmøte med personalet', '2025-08-20');
    await milestone('Kartlegging, ferdig', 'Vår 2026');
    await milestone('Noe en gang', 'snart');

    const row = (what) => page.getByRole('listitem', { name: what });
    await row('Noe en gang').getByText(/kommer ikke med i kalenderfilen/).waitFor();
    const edit = async (what, fields) => {
      for (const [label, value] of Object.entries(fields)) {
        const field = row(what).getByLabel(label, { exact: true });
        if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption({ label: value });
        else await field.fill(value);
      }
    };
    await edit('Oppstartsmøte med personalet', {
      Ansvarlig: 'Rektor',
      Hvordan: 'Fellesmøte',
      Innhold: 'Hvorfor vi gjør dette, og hva vi vil oppnå',
      Fase: 'Fase 1: Beredskap',
      Status: 'Fullført',
    });
    // A milestone is planned, under way or done; a phase's "Konsolidert" does not fit it.
    const statuses = row('Kartlegging, ferdig').getByLabel('Status', { exact: true }).locator('option');
    assert.deepEqual(await statuses.allTextContents(), ['Planlagt', 'I gang', 'Fullført']);
    await edit('Kartlegging, ferdig', { Ansvarlig: 'Kari', Fase: 'Fase 2: Involvere og organisere', Status: 'I gang' });
    await edit('Felles plandag; evaluering', { Ansvarlig: 'Rektor', Fase: 'Fase 2: Involvere og organisere' });

    const names = () => page.getByRole('main').getByRole('listitem').evaluateAll((li) => li.map((l) => l.getAttribute('aria-label')));
    const status = page.getByText(/^Viser \d+ av \d+ milepæler\.$/);

    // Filters: by phase, by responsible, and both.
    await page.getByLabel('Vis fase').selectOption({ label: 'Fase 2: Involvere og organisere' });
    assert.deepEqual(await names(), ['Felles plandag; evaluering', 'Kartlegging, ferdig']);
    assert.equal(await status.textContent(), 'Viser 2 av 4 milepæler.');
    // Moving a row in the filtered list passes over the row the filter hides between them.
    await page.getByRole('button', { name: 'Flytt opp: Kartlegging, ferdig' }).click();
    assert.deepEqual(await names(), ['Kartlegging, ferdig', 'Felles plandag; evaluering']);
    await page.getByLabel('Vis ansvarlig').selectOption({ label: 'Rektor' });
    assert.deepEqual(await names(), ['Felles plandag; evaluering']);
    await page.getByLabel('Vis fase').selectOption({ label: 'Alle faser' });
    assert.deepEqual(await names(), ['Oppstartsmøte med personalet', 'Felles plandag; evaluering']);
    await page.getByLabel('Vis ansvarlig').selectOption({ label: 'Alle' });
    assert.equal(await status.textContent(), 'Viser 4 av 4 milepæler.');
    assert.deepEqual(await names(), ['Kartlegging, ferdig', 'Oppstartsmøte med personalet', 'Felles plandag; evaluering', 'Noe en gang']);

    // Reorder by hand, then by time.
    await page.getByRole('button', { name: 'Flytt ned: Kartlegging, ferdig' }).click();
    assert.deepEqual(await names(), ['Oppstartsmøte med personalet', 'Kartlegging, ferdig', 'Felles plandag; evaluering', 'Noe en gang']);
    await page.getByRole('button', { name: 'Sorter etter tid' }).click();
    const inTime = ['Oppstartsmøte med personalet', 'Kartlegging, ferdig', 'Felles plandag; evaluering', 'Noe en gang'];
    assert.deepEqual(await names(), inTime);
    await screenshot(page, 'planning-milestones-1280');
    assert.deepEqual(await checkA11y(page, { impacts: ALL }), []);

    // The calendar, read with a real iCalendar parser.
    const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned kalender (.ics)' }).click()]);
    assert.match(ics.suggestedFilename(), /^trygt-skolemiljø-kalender-\d{4}-\d{2}-\d{2}\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(await ics.path(), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.deepEqual(
      events.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate && e.endDate.isDate]),
      [
        ['Oppstartsmøte med personalet', '2025-08-20', '2025-08-21', true],
        ['Kartlegging, ferdig', '2026-01-03', '2026-06-21', true],
        ['Felles plandag; evaluering', '2026-08-15', '2026-12-21', true],
      ],
      'every dated milestone, as an all-day event (a term over the whole term, the end exclusive); "snart" is left out',
    );
    assert.equal(
      events[0].description,
      'Hvordan: Fellesmøte\nInnhold: Hvorfor vi gjør dette, og hva vi vil oppnå\nAnsvarlig: Rektor\nFase: Fase 1: Beredskap\nStatus: Fullført',
    );
    assert.equal(new Set(events.map((e) => e.uid)).size, 3, 'each event has its own UID');

    // The spreadsheet: BOM, semicolons, quotes where a field holds a separator.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned regneark (CSV)' }).click()]);
    assert.match(csv.suggestedFilename(), /\.csv$/);
    const text = await readFile(await csv.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'a BOM, so Excel reads æøå');
    const lines = text.slice(1).trimEnd().split('\r\n');
    assert.deepEqual(lines, [
      'Tid;Hva;Hvordan;Innhold;Ansvarlig;Fase;Status',
      '2025-08-20;Oppstartsmøte med personalet;Fellesmøte;"Hvorfor vi gjør dette, og hva vi vil oppnå";Rektor;Fase 1: Beredskap;Fullført',
      'Vår 2026;"Kartlegging, ferdig";;;Kari;Fase 2: Involvere og organisere;I gang',
      'Høst 2026;"Felles plandag; evaluering";;;Rektor;Fase 2: Involvere og organisere;Planlagt',
      'snart;Noe en gang;;;;;Planlagt',
    ]);

    // Removing a milestone can be undone; after a reload everything is there.
    await page.getByRole('button', { name: 'Fjern: Noe en gang' }).click();
    assert.deepEqual(await names(), inTime.slice(0, 3));
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    assert.deepEqual(await names(), inTime);
    await reload(page);
    assert.deepEqual(await names(), inTime);
    assert.equal(await row('Kartlegging, ferdig').getByLabel('Status').inputValue(), '1');
    assert.equal(await row('Oppstartsmøte med personalet').getByLabel('Innhold').inputValue(), 'Hvorfor vi gjør dette, og hva vi vil oppnå');

    await page.setViewportSize({ width: 375, height: 900 });
    await screenshot(page, 'planning-milestones-375');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(wide <= 0, `the page is ${wide} px too wide at 375 px`);
  } finally {
    await closePage(page);
  }
});

/** The cells of a chart's twin table, row by row, after switching to the table. */
async function twinTable(figure) {
  await figure.getByRole('button', { name: 'Vis som tabell' }).click();
  const rows = figure.getByRole('table').locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
}

/** The accessible names of the rows of the first list in the main area. */
const rowNames = (page) => page.getByRole('main').getByRole('listitem').evaluateAll((li) => li.map((l) => l.getAttribute('aria-label')).filter(Boolean));

async function fitsPhone(page, name) {
  await page.setViewportSize({ width: 375, height: 900 });
  assert.deepEqual(await cutChartLabels(page), [], `${name}: chart labels cut off at 375 px`);
  await screenshot(page, `${name}-375`);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(wide <= 0, `${name} is ${wide} px too wide at 375 px`);
}

test('the milestone plan is drawn per term and phase', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Tidslinje');
    await openTool(page, 'Milepælsplan');
    assert.equal(await page.getByRole('figure').count(), 0, 'no chart before there is anything to draw');
    const add = form(page, 'Legg til milepæl');
    for (const [what, time] of [['Oppstart', 'Høst 2025'], ['Kartlegging', '2025-10-01'], ['Evaluering', 'Vår 2026']]) {
      await add.getByLabel('Ny milepæl: hva skal skje?').fill(what);
      await add.getByLabel('Tid').fill(time);
      await add.getByRole('button', { name: 'Legg til milepæl' }).click();
    }
    await page.getByRole('listitem', { name: 'Evaluering' }).getByLabel('Fase', { exact: true }).selectOption({ label: 'Fase 4: Konsolidering og drift' });
    const figure = page.getByRole('figure', { name: 'Milepæler per semester og fase' });
    const labels = await figure.locator('.chart svg text').allTextContents();
    assert.ok(labels.includes('Høst 2025') && labels.includes('Vår 2026'), `terms on the axis: ${labels}`);
    await screenshot(page, 'planning-timeline-1280');
    assert.deepEqual(await twinTable(figure), [
      ['Høst 2025', '0', '0', '0', '0', '2'],
      ['Vår 2026', '0', '0', '0', '1', '0'],
    ]);
  } finally {
    await closePage(page);
  }
});

test('the annual wheel: activities by month from August, as a wheel and a list', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Årshjulskolen');
    await openTool(page, 'Årshjul');
    await page.getByText('Ingen aktiviteter i årshjulet ennå.').waitFor();
    const add = form(page, 'Legg til i årshjulet');
    const activity = async (text, month) => {
      await add.getByLabel('Aktivitet').fill(text);
      if (month) await add.getByLabel('Måned').selectOption({ label: month });
      await add.getByRole('button', { name: 'Legg til i årshjulet' }).click();
      await page.getByRole('listitem', { name: text }).waitFor();
    };
    await activity('Evaluering av året', 'juni');
    await activity('Kartlegging med Elevundersøkelsen', 'november');
    await activity('Oppstartsmøte for hele personalet', 'august');
    await activity('Plandag om lesing');
    const months = () => page.getByRole('main').locator('h2.month-title').allTextContents();
    assert.deepEqual(await months(), ['august', 'november', 'juni'], 'the school year runs from August');
    await page.getByRole('listitem', { name: 'Evaluering av året' }).getByLabel('Måned').selectOption({ label: 'mai' });
    assert.deepEqual(await months(), ['august', 'november', 'mai']);

    const figure = page.getByRole('figure', { name: 'Årshjulet: aktiviteter per måned' });
    const labels = await figure.locator('.chart svg text').allTextContents();
    assert.ok(labels.includes('august (2)') && labels.includes('mai (1)') && labels.includes('juli (0)'), `month labels: ${labels}`);
    await screenshot(page, 'planning-wheel-1280');
    assert.deepEqual(await checkA11y(page, { impacts: ALL }), []);
    const table = await twinTable(figure);
    assert.equal(table.length, 12);
    assert.deepEqual(table[0], ['august', '2', 'Oppstartsmøte for hele personalet; Plandag om lesing']);
    assert.deepEqual(table[3], ['november', '1', 'Kartlegging med Elevundersøkelsen']);

    await page.getByRole('button', { name: 'Fjern: Plandag om lesing' }).click();
    await page.getByRole('listitem', { name: 'Plandag om lesing' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await reload(page);
    assert.deepEqual(await rowNames(page), ['Oppstartsmøte for hele personalet', 'Plandag om lesing', 'Kartlegging med Elevundersøkelsen', 'Evaluering av året']);
    await fitsPhone(page, 'planning-wheel');
  } finally {
    await closePage(page);
  }
});

test('barriers land in the right cell of the risk map; enablers and inhibitors per phase', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Risikoskolen');
    await openTool(page, 'Barrierer og drivkrefter');
    const add = form(page, 'Legg til barriere');
    const barrier = async (text, category) => {
      await add.getByLabel('Ny barriere: hva kan hindre arbeidet?').fill(text);
      await add.getByLabel('Kategori').selectOption({ label: category });
      await add.getByRole('button', { name: 'Legg til barriere' }).click();
      return page.getByRole('listitem', { name: text, exact: true });
    };
    const time = await barrier('Lite tid til felles planlegging', 'Tid og ressurser');
    await time.getByLabel('Sannsynlighet (1–5)').selectOption('4');
    await time.getByLabel('Konsekvens (1–5)').selectOption('5');
    await time.getByText('Risiko 20 av 25: høy').waitFor();
    await time.getByLabel('Tiltak').fill('Faste utviklingstimer hver onsdag');
    await time.getByLabel('Eier').fill('Rektor');
    await barrier('Skepsis i personalet', 'Motstand');
    const own = await barrier('Vikarmangel', 'Egen kategori');
    await own.getByLabel('Navn på egen kategori').fill('Bemanning');
    await own.getByLabel('Sannsynlighet (1–5)').selectOption('2');
    await own.getByLabel('Konsekvens (1–5)').selectOption('1');

    const map = page.getByRole('table', { name: /Antall barrierer etter sannsynlighet/ });
    const cell = (impact, likelihood) => map.getByRole('row', { name: new RegExp(`^Konsekvens ${impact}\\b`) }).getByRole('cell').nth(likelihood - 1);
    const counts = async () => {
      const grid = [];
      for (let impact = 5; impact >= 1; impact--) {
        const row = [];
        for (let l = 1; l <= 5; l++) row.push(parseInt(await cell(impact, l).textContent(), 10));
        grid.push(row);
      }
      return grid;
    };
    assert.deepEqual(await counts(), [
      [0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 1, 0, 0, 0],
    ]);
    assert.match(await cell(5, 4).textContent(), /Høy risiko/, 'the level is in the text, not only the colour');
    const ranked = await page.locator('ol.ranked li').allTextContents();
    assert.match(ranked[0], /^Lite tid til felles planlegging – Tid og ressurser: Risiko 20/);
    assert.match(ranked[2], /^Vikarmangel – Bemanning: Risiko 2/);

    const phase2 = page.getByRole('group', { name: 'Fase 2: Involvere og organisere' });
    await phase2.getByLabel('Fremmer').fill('Engasjerte lærere på mellomtrinnet');
    await phase2.getByLabel('Hemmer').fill('Mange andre satsinger samtidig');
    await screenshot(page, 'planning-barriers-1280');
    assert.deepEqual(await checkA11y(page, { impacts: ALL }), []);

    await reload(page);
    assert.equal(parseInt(await cell(5, 4).textContent(), 10), 1);
    assert.equal(await phase2.getByLabel('Hemmer').inputValue(), 'Mange andre satsinger samtidig');
    assert.equal(await page.getByRole('listitem', { name: 'Lite tid til felles planlegging', exact: true }).getByLabel('Tiltak').inputValue(), 'Faste utviklingstimer hver onsdag');
    await fitsPhone(page, 'planning-barriers');
  } finally {
    await closePage(page);
  }
});

test('core components with their drivers rated and given actions', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Komponentskolen');
    await openTool(page, 'Kjernekomponenter og drivere');
    const add = form(page, 'Legg til kjernekomponent');
    await add.getByLabel('Ny kjernekomponent: hva skal dere gjøre?').fill('Felles lesestrategier i alle fag');
    await add.getByRole('button', { name: 'Legg til kjernekomponent' }).click();
    const component = page.getByRole('listitem', { name: 'Felles lesestrategier i alle fag' });
    const competence = component.getByRole('group', { name: 'Kompetanse' });
    const leadership = component.getByRole('group', { name: 'Ledelse' });
    const gaps = component.locator('.gaps');

    await competence.getByLabel('Veiledning', { exact: true }).selectOption({ label: 'Delvis på plass' });
    await gaps.filter({ hasText: 'Mangler tiltak: Veiledning.' }).waitFor();
    await competence.getByLabel('Tiltak: Veiledning').fill('Lesekoordinator veileder hvert team annenhver uke');
    await gaps.waitFor({ state: 'detached' });
    await competence.getByLabel('Opplæring', { exact: true }).selectOption({ label: 'På plass' });
    await leadership.getByLabel('Adaptiv ledelse', { exact: true }).selectOption({ label: 'Ikke på plass' });
    await gaps.filter({ hasText: 'Mangler tiltak: Adaptiv ledelse.' }).waitFor();
    await screenshot(page, 'planning-components-1280');
    assert.deepEqual(await checkA11y(page, { impacts: ALL }), []);

    await reload(page);
    assert.equal(await competence.getByLabel('Tiltak: Veiledning').inputValue(), 'Lesekoordinator veileder hvert team annenhver uke');
    const chosen = (group, name) => group.getByLabel(name, { exact: true }).evaluate((s) => s.selectedOptions[0].textContent);
    assert.equal(await chosen(competence, 'Veiledning'), 'Delvis på plass');
    assert.equal(await chosen(competence, 'Opplæring'), 'På plass');
    assert.equal(await chosen(leadership, 'Adaptiv ledelse'), 'Ikke på plass');
    await fitsPhone(page, 'planning-components');
  } finally {
    await closePage(page);
  }
});

test('measurements at T1..Tn with a trend chart, and the decision log', async () => {
  const page = await newPage(browser);
  try {
    await createPlan(page, 'Måleskolen');
    await openTool(page, 'Målinger');
    const add = form(page, 'Legg til indikator');
    const indicator = async (name, source) => {
      await add.getByLabel('Ny indikator: hva vil dere følge?').fill(name);
      await add.getByLabel('Kilde').fill(source);
      await add.getByRole('button', { name: 'Legg til indikator' }).click();
      return page.getByRole('listitem', { name });
    };
    const wellbeing = await indicator('Trivsel', 'Elevundersøkelsen');
    const reading = await indicator('Lesing, mestringsnivå 3', 'Nasjonale prøver');
    await wellbeing.getByLabel('T1').fill('3,9');
    await reading.getByLabel('T1').fill('22');
    await page.getByRole('button', { name: 'Legg til måletidspunkt' }).click();
    await wellbeing.getByLabel('T2').fill('mye');
    await wellbeing.getByText('Skriv et tall, for eksempel 3,5.').waitFor();
    await wellbeing.getByLabel('T2').fill('4,2');
    await wellbeing.getByText('Skriv et tall, for eksempel 3,5.').waitFor({ state: 'detached' });
    await wellbeing.getByText('Endring fra første til siste måling: +0,3').waitFor();
    await page.getByRole('button', { name: 'Legg til måletidspunkt' }).click();
    await reading.getByLabel('T3').fill('30');

    const figure = page.getByRole('figure', { name: 'Utvikling over tid' });
    const labels = await figure.locator('.chart svg text').allTextContents();
    assert.ok(['T1', 'T2', 'T3', 'Trivsel'].every((l) => labels.includes(l)), `axis and legend: ${labels}`);
    // The chart writes numbers as the inputs and the table do: a decimal comma.
    assert.ok(['3,9', '4,2'].every((l) => labels.includes(l)), `values at the points: ${labels}`);
    assert.ok(!labels.some((l) => /\d\.\d/.test(l)), `no decimal point: ${labels}`);
    await screenshot(page, 'planning-measurements-1280');
    assert.deepEqual(await checkA11y(page, { impacts: ALL }), []);
    assert.deepEqual(await twinTable(figure), [
      ['Trivsel', '3,9', '4,2', ''],
      ['Lesing, mestringsnivå 3', '22', '', '30'],
    ]);
    await reload(page);
    assert.equal(await wellbeing.getByLabel('T2').inputValue(), '4,2');
    assert.equal(await reading.getByLabel('T3').inputValue(), '30');
    await fitsPhone(page, 'planning-measurements');

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('navigation', { name: 'Planleggingsverktøy' }).getByRole('link', { name: 'Beslutningslogg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beslutningslogg' }).waitFor();
    const log = form(page, 'Legg til beslutning');
    const decide = async (what, date, why) => {
      await log.getByLabel('Hva vi valgte').fill(what);
      await log.getByLabel('Dato').fill(date);
      await log.getByLabel('Hvorfor').fill(why);
      await log.getByRole('button', { name: 'Legg til beslutning' }).click();
      await page.getByRole('listitem', { name: what }).waitFor();
    };
    await decide('Vi starter med 5.–7. trinn', '2025-09-01', 'Der viste kartleggingen størst behov.');
    // The next decision starts from today again, not from the date just logged.
    const today = await page.evaluate(() => new Date().toLocaleDateString('nb-NO', { day: '2-digit', month: '2-digit', year: 'numeric' }));
    assert.equal(await log.getByLabel('Dato').inputValue(), today);
    assert.equal(await log.getByLabel('Hvorfor').inputValue(), '');
    await decide('Lesekoordinator i 20 % stilling', '2026-01-10', 'Veiledningen trenger en fast person.');
    await decide('Felles plandag i august', '2025-06-15', 'Alle skal starte året likt.');
    assert.deepEqual(await rowNames(page), ['Lesekoordinator i 20 % stilling', 'Vi starter med 5.–7. trinn', 'Felles plandag i august'], 'newest first');
    await screenshot(page, 'planning-decisions-1280');
    assert.deepEqual(await checkA11y(page, { impacts: ALL }), []);
    await reload(page);
    assert.equal(await page.getByRole('listitem', { name: 'Vi starter med 5.–7. trinn' }).getByLabel('Hvorfor').inputValue(), 'Der viste kartleggingen størst behov.');
    await fitsPhone(page, 'planning-decisions');
  } finally {
    await closePage(page);
  }
});
