// The planning tools as a principal uses them: set up the working group and see the
// model's advice come and go; plan milestones, filter and reorder them, and download them
// as a calendar (read back with ical.js, a real iCalendar parser) and as CSV; everything is
// still there after a reload; axe finds nothing on the new pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { launch, newPage, closePage, waitForApp, screenshot, checkA11y } from './harness.mjs';
import { createPlan, flushSaves } from './app.mjs';

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
    await advice.getByText('Gruppen følger modellens råd.').waitFor();

    const add = form(page, 'Nytt medlem');
    const member = async (name, role) => {
      await add.getByLabel('Navn').fill(name);
      await add.getByLabel('Rolle').selectOption({ label: role });
      await add.getByRole('button', { name: 'Legg til medlem' }).click();
    };
    const noLeader = advice.getByText(/Ingen rektor leder gruppen/);
    const oneCamp = advice.getByText(/kommer ikke fra ulike leirer/);
    const noMeetings = advice.getByText(/ingen faste treffpunkt/);

    await member('Kari Nordmann', 'Lærer');
    await noLeader.waitFor();
    await oneCamp.waitFor();
    await member('Per Rektor', 'Rektor, leder gruppen');
    await noLeader.waitFor({ state: 'detached' });
    await member('Siri', 'Skeptiker');
    assert.equal(await oneCamp.count(), 1, 'a skeptic is not another camp');
    // Only the role, no name: an assistant brings the second camp.
    await member('', 'Assistent');
    await oneCamp.waitFor({ state: 'detached' });
    await advice.getByText('Gruppen følger modellens råd.').waitFor();

    // PPT comes from outside: the box is ticked as the role is chosen.
    await add.getByLabel('Rolle').selectOption({ label: 'PPT' });
    assert.equal(await add.getByLabel('Ekstern (ikke ansatt ved skolen)').isChecked(), true);
    await add.getByLabel('Navn').fill('Ola fra PPT');
    await add.getByRole('button', { name: 'Legg til medlem' }).click();
    await noMeetings.waitFor();
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
      'Ola fra PPT (PPT)',
    ]);
    assert.equal(await page.getByLabel('Faste treffpunkt med eksterne').inputValue(), 'Første tirsdag i måneden');
    await advice.getByText('Gruppen følger modellens råd.').waitFor();

    await page.setViewportSize({ width: 375, height: 900 });
    await screenshot(page, 'planning-group-375');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(wide <= 0, `the page is ${wide} px too wide at 375 px`);
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
      Status: 'Konsolidert',
    });
    await edit('Kartlegging, ferdig', { Ansvarlig: 'Kari', Fase: 'Fase 2: Involvere og organisere', Status: 'I gang' });
    await edit('Felles plandag; evaluering', { Ansvarlig: 'Rektor', Fase: 'Fase 2: Involvere og organisere' });

    const names = () => page.getByRole('main').getByRole('listitem').evaluateAll((li) => li.map((l) => l.getAttribute('aria-label')));
    const status = page.getByText(/^Viser \d+ av \d+ milepæler\.$/);

    // Filters: by phase, by responsible, and both.
    await page.getByLabel('Vis fase').selectOption({ label: 'Fase 2: Involvere og organisere' });
    assert.deepEqual(await names(), ['Felles plandag; evaluering', 'Kartlegging, ferdig']);
    assert.equal(await status.textContent(), 'Viser 2 av 4 milepæler.');
    await page.getByLabel('Vis ansvarlig').selectOption({ label: 'Rektor' });
    assert.deepEqual(await names(), ['Felles plandag; evaluering']);
    await page.getByLabel('Vis fase').selectOption({ label: 'Alle faser' });
    assert.deepEqual(await names(), ['Felles plandag; evaluering', 'Oppstartsmøte med personalet']);
    await page.getByLabel('Vis ansvarlig').selectOption({ label: 'Alle' });
    assert.equal(await status.textContent(), 'Viser 4 av 4 milepæler.');

    // Reorder by hand, then by time.
    await page.getByRole('button', { name: 'Flytt opp: Kartlegging, ferdig' }).click();
    assert.deepEqual(await names(), ['Felles plandag; evaluering', 'Kartlegging, ferdig', 'Oppstartsmøte med personalet', 'Noe en gang']);
    await page.getByRole('button', { name: 'Sorter etter tid' }).click();
    const inTime = ['Oppstartsmøte med personalet', 'Kartlegging, ferdig', 'Felles plandag; evaluering', 'Noe en gang'];
    assert.deepEqual(await names(), inTime);
    await screenshot(page, 'planning-milestones-1280');
    assert.deepEqual(await checkA11y(page, { impacts: ALL }), []);

    // The calendar, read with a real iCalendar parser.
    const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned kalender (.ics)' }).click()]);
    assert.match(ics.suggestedFilename(), /^trygt-skolemiljø-milepæler-\d{4}-\d{2}-\d{2}\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(await ics.path(), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.deepEqual(
      events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate]),
      [
        ['Oppstartsmøte med personalet', '2025-08-20', true],
        ['Kartlegging, ferdig', '2026-01-03', true],
        ['Felles plandag; evaluering', '2026-08-15', true],
      ],
      'every dated milestone, as an all-day event; "snart" is left out',
    );
    assert.equal(
      events[0].description,
      'Hvordan: Fellesmøte\nInnhold: Hvorfor vi gjør dette, og hva vi vil oppnå\nAnsvarlig: Rektor\nFase: Fase 1: Beredskap\nStatus: Konsolidert',
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
      '2025-08-20;Oppstartsmøte med personalet;Fellesmøte;"Hvorfor vi gjør dette, og hva vi vil oppnå";Rektor;Fase 1: Beredskap;Konsolidert',
      'Vår 2026;"Kartlegging, ferdig";;;Kari;Fase 2: Involvere og organisere;I gang',
      'Høst 2026;"Felles plandag; evaluering";;;Rektor;Fase 2: Involvere og organisere;Ikke startet',
      'snart;Noe en gang;;;;;Ikke startet',
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
