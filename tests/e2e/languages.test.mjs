// Languages: the menu in the header switches the whole app between Bokmål, Nynorsk, Danish
// and English. Every route then speaks the chosen language (headings, tab title, <html lang>)
// and passes axe; the choice survives a reload; the user's own words are never translated.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, newPage, closePage, waitForApp, screenshot, checkA11y, WIDTHS } from './harness.mjs';
import { createPlan, flushSaves } from './app.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

// What a reader of each language sees: the app's name (in every tab title), the menu's
// label, and one heading per route that differs from Bokmål wherever the language does.
const LANGS = {
  nb: {
    app: 'Skoleutvikling i fire faser',
    menu: 'Språk',
    home: 'Planene dine',
    about: 'Samme faser, ulike ord',
    network: 'Skolene i nettverket',
    privacy: 'Hva appen lagrer',
    overview: 'Skolen og ideen',
    phases: ['Beredskap', 'Involvere og organisere', 'Kjernekomponenter', 'Konsolidering og drift'],
    activities: 'Aktiviteter',
    handout: 'Ønsket resultat eller praksisendring',
    planning: ['Planlegging', 'Barrierer og drivkrefter'],
  },
  nn: {
    app: 'Skuleutvikling i fire fasar',
    menu: 'Språk',
    home: 'Planane dine',
    about: 'Same fasar, ulike ord',
    network: 'Skulane i nettverket',
    privacy: 'Kva appen lagrar',
    overview: 'Skulen og ideen',
    phases: ['Beredskap', 'Involvere og organisere', 'Kjernekomponentar', 'Konsolidering og drift'],
    activities: 'Aktivitetar',
    handout: 'Ønskt resultat eller endring i praksis',
    planning: ['Planlegging', 'Barrierar og drivkrefter'],
  },
  da: {
    app: 'Skoleudvikling i fire faser',
    menu: 'Sprog',
    home: 'Dine planer',
    about: 'Samme faser, forskellige ord',
    network: 'Skolerne i netværket',
    privacy: 'Hvad appen gemmer',
    overview: 'Skolen og idéen',
    phases: ['Iscenesættelse', 'Initiering', 'Implementering', 'Institutionalisering'],
    activities: 'Aktiviteter',
    handout: 'Ønsket resultat eller ændret praksis',
    planning: ['Planlægning', 'Barrierer og drivkræfter'],
  },
  en: {
    app: 'School development in four phases',
    menu: 'Language',
    home: 'Your plans',
    about: 'Same phases, different words',
    network: 'The schools in the network',
    privacy: 'What the app stores',
    overview: 'The school and the idea',
    phases: ['Readiness', 'Involve and organise', 'Core components', 'Consolidation and everyday practice'],
    activities: 'Activities',
    handout: 'Desired outcome or change in practice',
    planning: ['Planning', 'Barriers and driving forces'],
  },
};

/** The language menu, whatever language the page is in. */
const menu = (page) => page.getByRole('combobox', { name: /^(Språk|Sprog|Language)$/ });

/** Every route with the headings that must show there in language `l`. */
function routes(plan, l) {
  return [
    ['/', [l.home]],
    ['/modellen', [l.about]],
    ['/nettverk', [l.network]],
    ['/personvern', [l.privacy]],
    [plan, [l.overview]],
    ...l.phases.map((name, i) => [`${plan}/fase/${i + 1}`, [name, l.activities]]),
    [`${plan}/verksted/2`, [l.phases[1]]],
    [`${plan}/sak`, [l.handout]],
    [`${plan}/planlegging`, [l.planning[0], l.planning[1]]],
    [`${plan}/planlegging/barrierer`, [l.planning[1]]],
  ];
}

/** A plan with the user's own words in it, made in Bokmål; returns its path. */
async function planWithOwnWords(page) {
  const url = await createPlan(page, 'Vår plan – ikke oversett', 'Elevene skal lese mer');
  await page.goto(`${url}/fase/1`);
  await page.locator('#q-f1-q-involvering').fill('Svar med egne ord');
  await flushSaves(page);
  return new URL(url).pathname;
}

for (const [tag, l] of Object.entries(LANGS)) {
  test(`in ${tag}, every route speaks the language and passes axe`, async () => {
    const page = await newPage(browser);
    try {
      const plan = await planWithOwnWords(page);
      await page.goto(`${BASE_URL}/`);
      await waitForApp(page);
      await menu(page).selectOption(tag);
      for (const [route, headings] of routes(plan, l)) {
        await page.goto(`${BASE_URL}${route}`);
        await waitForApp(page);
        for (const name of headings) {
          await page.getByRole('heading', { name, exact: true }).first().waitFor();
        }
        assert.equal(await page.getAttribute('html', 'lang'), tag, route);
        assert.ok((await page.title()).endsWith(l.app), `${route} title: ${await page.title()}`);
        // The shared workshop screen shows no app chrome, so no language menu.
        if (!route.includes('/verksted/')) {
          assert.equal(await menu(page).inputValue(), tag, route);
          await page.getByRole('combobox', { name: l.menu, exact: true }).waitFor();
        } else {
          assert.equal(await menu(page).count(), 0, route);
        }
        await checkA11y(page);
      }
      // The user's own words stay as written.
      await page.goto(`${BASE_URL}${plan}/fase/1`);
      await page.getByRole('heading', { name: l.phases[0], exact: true }).waitFor();
      assert.equal(await page.locator('#q-f1-q-involvering').inputValue(), 'Svar med egne ord');
      await page.goto(`${BASE_URL}${plan}`);
      await page.getByRole('heading', { level: 1, name: 'Vår plan – ikke oversett' }).waitFor();
    } finally {
      await closePage(page);
    }
  });
}

test('switching keeps the page, the plan and the focus, and survives a reload', async () => {
  const page = await newPage(browser);
  try {
    const plan = await planWithOwnWords(page);
    await page.goto(`${BASE_URL}${plan}/fase/2`);
    await page.getByRole('heading', { level: 1, name: 'Involvere og organisere' }).waitFor();
    await page.getByRole('checkbox').first().check();

    await menu(page).selectOption('da');
    await page.getByRole('heading', { level: 1, name: 'Initiering' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${plan}/fase/2`);
    assert.equal(await page.getAttribute('html', 'lang'), 'da');
    assert.ok(await page.getByRole('checkbox').first().isChecked(), 'the tick is kept');
    await page.waitForFunction(() => document.activeElement?.id === 'lang-menu');
    // Each choice is named in its own language, marked with that language.
    const options = await menu(page).locator('option').evaluateAll((os) => os.map((o) => `${o.lang}:${o.textContent}`));
    assert.deepEqual(options, ['nb:Norsk bokmål', 'nn:Norsk nynorsk', 'da:Dansk', 'en:English']);

    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Initiering' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('dekom.lang')), 'da');

    await menu(page).selectOption('nb');
    await page.getByRole('heading', { level: 1, name: 'Involvere og organisere' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'nb');
  } finally {
    await closePage(page);
  }
});

test('an unknown stored language falls back to Bokmål', async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => localStorage.setItem('dekom.lang', 'tlh'));
  try {
    await page.goto(`${BASE_URL}/`);
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Planene dine' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'nb');
    assert.equal(await menu(page).inputValue(), 'nb');
  } finally {
    await closePage(page);
  }
});

test('screenshots: a phase page in Nynorsk, Danish and English', async () => {
  for (const [name, width] of Object.entries(WIDTHS)) {
    const page = await newPage(browser, { width });
    try {
      const plan = await planWithOwnWords(page);
      for (const tag of ['nn', 'da', 'en']) {
        await page.goto(`${BASE_URL}${plan}/fase/3`);
        await waitForApp(page);
        await menu(page).selectOption(tag);
        await page.getByRole('heading', { level: 1, name: LANGS[tag].phases[2] }).waitFor();
        await screenshot(page, `languages-phase3-${tag}-${name}`);
      }
    } finally {
      await closePage(page);
    }
  }
});
