// What a user downloads and waits for, measured against the physical limit: a plain HTML
// page with the same phase and no framework (the floor), served the same way and loaded
// alternately with the app in one run. Prints figures, never pass/fail; README
// "Performance" lists the budgets they are read against. Usage: bash scripts/bench.sh
// (builds dist/ first). BENCH_RUNS sets the loads per side (default 11); BENCH_DIST another
// build to measure (default dist), e.g. a copy of an older one for before/after figures.
//
// It generates its own fixtures in the browser or in a temp dir; nothing large is committed.

import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch, newPage, closePage, waitForApp } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 11);
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => (Number.isNaN(n) ? 'n/a' : `${n.toFixed(1)} ms`);
const compressed = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

// --- fixtures -------------------------------------------------------------------------------
const envelope = (plan) => ({ format: 'dekom-plan', version: 1, saved: '', plan });
function plan(id, { ownActivities = 0, noteLength = 0 } = {}) {
  const phases = [0, 1, 2, 3].map(() => ({ own_activities: [], activities: {}, answers: {} }));
  for (let i = 0; i < ownActivities; i++) {
    const phase = phases[0];
    phase.own_activities.push({ id: `own-a-${i}`, text: `Egen aktivitet nummer ${i}` });
    phase.activities[`own-a-${i}`] = { done: i % 3 === 0, note: 'n'.repeat(noteLength), responsible: 'Kari', due: '2027-01-01' };
  }
  return { id, name: `Plan ${id}`, school: `Skole ${id}`, municipality: 'Bergen', phases };
}
/** Stored records (plan id -> envelope text): one big plan (`big`) and `others` small ones. */
function storageWith(big, others) {
  const entries = { [big.id]: JSON.stringify(envelope(big)) };
  for (let i = 0; i < others; i++) entries[`p${i}`] = JSON.stringify(envelope(plan(`p${i}`, { ownActivities: 10 })));
  return entries;
}
// Writes the records into the app's IndexedDB store before the app starts. The app opens
// the database after this script did, so its first read waits for these writes.
async function seed(page, entries) {
  await page.context().addInitScript((entries) => {
    if (localStorage.getItem('dekom.bench.seeded')) return;
    localStorage.setItem('dekom.bench.seeded', '1');
    const open = indexedDB.open('dekom', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('plans');
    open.onsuccess = () => {
      const tx = open.result.transaction('plans', 'readwrite');
      for (const [id, text] of Object.entries(entries)) tx.objectStore('plans').put(text, id);
      tx.oncomplete = () => open.result.close();
    };
  }, entries);
}
// Times every readwrite transaction (a save: read, write, commit) from its start to its
// commit, and counts those started while an input or change event is being handled.
const timeWrites = () => {
  const b = (window.__save = { inInput: 0, writes: [] });
  let inInput = 0;
  for (const type of ['input', 'change']) {
    window.addEventListener(type, () => inInput++, true);
    window.addEventListener(type, () => queueMicrotask(() => inInput--), false);
  }
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
    const tx = transaction.call(this, stores, mode, ...rest);
    if (mode === 'readwrite') {
      if (inInput) b.inInput++;
      const t = performance.now();
      tx.addEventListener('complete', () => b.writes.push(performance.now() - t));
    }
    return tx;
  };
};

// Records, from the first byte of the document: when the phase heading is in the DOM
// ("render"), and the first moment after that and DOMContentLoaded at which the main
// thread is free to handle a click ("interactive"). Same code for the app and the floor.
const probe = () => {
  const b = (window.__bench = {});
  const settle = () => {
    if (b.render !== undefined && document.readyState !== 'loading' && b.interactive === undefined) {
      setTimeout(() => (b.interactive ??= performance.now()), 0);
    }
  };
  new MutationObserver(() => {
    if (b.render === undefined && document.querySelector('main h1')) {
      b.render = performance.now();
      settle();
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', settle);
};

// --- server ---------------------------------------------------------------------------------
const root = mkdtempSync(path.join(tmpdir(), 'dekom-bench-'));
cpSync(process.env.BENCH_DIST || 'dist', root, { recursive: true });
const server = spawn('node', ['tests/e2e/server.mjs', root, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve) => server.stdout.on('data', (d) => {
  const m = /listening on (http:\/\/[^/]+)/.exec(String(d));
  if (m) resolve(m[1]);
}));

const browser = await launch();
try {
  // --- 1. bytes per route, as requested by the page --------------------------------------
  const kind = (url) => {
    const file = new URL(url).pathname;
    if (file.endsWith('.wasm')) return 'app wasm';
    if (/echarts|chart/i.test(file) && file.endsWith('.js')) return 'chart library';
    if (file.endsWith('.js')) return 'JS glue';
    if (file.endsWith('.css')) return 'CSS';
    if (file.endsWith('.html') || !path.extname(file)) return 'HTML';
    return 'other';
  };
  const small = plan('liten', { ownActivities: 5, noteLength: 40 });
  const routes = [['plans', '/'], ['overview', '/plan/liten'], ['phase 1', '/plan/liten/fase/1'], ['network', '/nettverk']];
  const columns = ['HTML', 'JS glue', 'app wasm', 'CSS', 'chart library', 'other', 'total'];
  console.log('Bytes per route, fresh browser, everything the page requested (KB: raw / gzip-9 / brotli-11)');
  console.log(`  ${'route'.padEnd(10)} ${columns.map((k) => k.padStart(22)).join('')}`);
  const firstLoad = {};
  let afterLoad = '';
  for (const [name, route] of routes) {
    const page = await newPage(browser);
    await seed(page, storageWith(small, 0));
    const bodies = [];
    page.on('response', (r) => bodies.push(r.body().then((b) => [r.url(), b], () => [r.url(), Buffer.alloc(0)])));
    await page.goto(base + route);
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    const sums = {};
    for (const [url, body] of await Promise.all(bodies)) {
      const c = compressed(body);
      for (const k of [kind(url), 'total']) {
        sums[k] ??= { raw: 0, gzip: 0, brotli: 0 };
        for (const f of ['raw', 'gzip', 'brotli']) sums[k][f] += c[f];
      }
    }
    firstLoad[name] = sums;
    if (name === 'plans') {
      // The service worker fetches the whole build for offline use once the page is up.
      const cached = await page.waitForFunction(async () => {
        const keys = await caches.keys();
        if (!keys.length) return null;
        const cache = await caches.open(keys[0]);
        const requests = await cache.keys();
        if (!requests.length) return null;
        const sizes = await Promise.all(requests.map((r) => cache.match(r).then((res) => res.arrayBuffer()).then((b) => b.byteLength)));
        return { files: requests.length, bytes: sizes.reduce((a, b) => a + b, 0) };
      }, null, { timeout: 10_000 }).then((h) => h.jsonValue(), () => null);
      afterLoad = cached ? `service worker precache after first load: ${cached.files} files, ${kb(cached.bytes)} KB raw` : 'service worker precache: none seen';
    }
    const cell = (s) => (s ? `${kb(s.raw)}/${kb(s.gzip)}/${kb(s.brotli)}` : '-').padStart(22);
    console.log(`  ${name.padEnd(10)} ${columns.map((k) => cell(sums[k])).join('')}`);
    await closePage(page);
  }
  console.log(`  ${afterLoad}`);

  // --- 2. a phase page against the plain-HTML floor -----------------------------------
  {
    const page = await newPage(browser);
    await seed(page, storageWith(small, 0));
    await page.goto(`${base}/plan/liten/fase/1`);
    await waitForApp(page);
    await page.waitForSelector('main h1');
    // The floor: the app's own rendering of this phase frozen into static HTML, with the
    // same stylesheet and no script at all.
    const html = await page.evaluate(() => {
      const doc = document.documentElement.cloneNode(true);
      doc.querySelectorAll('script, link[rel=modulepreload], link[rel=preload]').forEach((n) => n.remove());
      return `<!doctype html>\n${doc.outerHTML}`;
    });
    writeFileSync(path.join(root, 'floor.html'), html);
    await closePage(page);
  }
  const times = { app: { render: [], interactive: [] }, floor: { render: [], interactive: [] } };
  for (let i = 0; i < RUNS; i++) {
    for (const [side, url] of [['floor', `${base}/floor.html`], ['app', `${base}/plan/liten/fase/1`]]) {
      const page = await newPage(browser);
      await seed(page, storageWith(small, 0));
      await page.context().addInitScript(probe);
      await page.goto(url);
      await page.waitForFunction(() => window.__bench?.interactive !== undefined);
      const b = await page.evaluate(() => window.__bench);
      times[side].render.push(b.render);
      times[side].interactive.push(b.interactive);
      await closePage(page);
    }
  }
  console.log(`\nPhase page vs plain-HTML floor (ms from navigation start, median of ${RUNS} alternating loads, cold cache)`);
  for (const m of ['render', 'interactive']) {
    const [a, f] = [median(times.app[m]), median(times.floor[m])];
    console.log(`  ${m.padEnd(12)} app ${ms(a).padStart(9)}   floor ${ms(f).padStart(9)}   ratio ${(a / f).toFixed(2)}×`);
  }

  // --- 3. click to progress in a plan of 2,000 activities, 50 plans stored -------------
  {
    const page = await newPage(browser);
    await seed(page, storageWith(plan('stor', { ownActivities: 1990, noteLength: 60 }), 49));
    await page.context().addInitScript(timeWrites);
    let t0 = Date.now();
    await page.goto(`${base}/plan/stor/fase/1`);
    await waitForApp(page);
    await page.waitForSelector('label[for="a-own-a-1989"]');
    console.log(`\nPhase page with 2,000 activities (50 plans stored) shown: ${Date.now() - t0} ms`);
    const clicks = [];
    for (let i = 0; i < 31; i++) {
      clicks.push(await page.evaluate((i) => new Promise((resolve) => {
        const progress = document.querySelector('.progress__text');
        const box = document.getElementById(`a-own-a-${i * 7}`);
        let t;
        const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now() - t); });
        obs.observe(progress, { childList: true, subtree: true, characterData: true });
        t = performance.now();
        box.click();
      }), i));
    }
    console.log(`  click on an activity to updated progress (median of ${clicks.length}): ${ms(median(clicks))}  (max ${ms(Math.max(...clicks))})`);
    const keys = [];
    const note = page.locator('.questions textarea').first();
    await note.focus();
    for (let i = 0; i < 31; i++) {
      keys.push(await page.evaluate(() => {
        const el = document.activeElement;
        const t = performance.now();
        el.value += 'x';
        el.dispatchEvent(new Event('input', { bubbles: true }));
        return performance.now() - t;
      }));
    }
    console.log(`  one keystroke in an answer, handled (median of ${keys.length}): ${ms(median(keys))}`);
    await page.waitForTimeout(1000);
    const save = await page.evaluate(() => window.__save);
    const size = await page.evaluate(() => document.querySelectorAll('.checklist input').length);
    console.log(`  autosave of that plan (${size} activities): median ${ms(median(save.writes))} per save (read, write, commit) in ${save.writes.length} saves; saves started inside input/change handlers: ${save.inInput}`);
    await closePage(page);
  }

  // --- 4. a 1 MB plan: autosave cost and input latency --------------------------------
  {
    const page = await newPage(browser);
    await seed(page, storageWith(plan('mb', { ownActivities: 2000, noteLength: 400 }), 0));
    await page.context().addInitScript(timeWrites);
    await page.goto(`${base}/plan/mb/fase/2`);
    await waitForApp(page);
    await page.waitForSelector('main h1');
    const answer = page.locator('.questions textarea').first();
    await answer.focus();
    const typed = [];
    for (let i = 0; i < 20; i++) {
      typed.push(await page.evaluate(() => {
        const el = document.activeElement;
        const t = performance.now();
        el.value += 'y';
        el.dispatchEvent(new Event('input', { bubbles: true }));
        return { ms: performance.now() - t };
      }));
      await page.waitForTimeout(20);
    }
    await page.waitForTimeout(800);
    const { writes, inInput } = await page.evaluate(() => window.__save);
    const bytes = JSON.stringify(envelope(plan('mb', { ownActivities: 2000, noteLength: 400 }))).length;
    console.log(`\nA ${kb(bytes)} KB plan: keystroke handled in ${ms(median(typed.map((t) => t.ms)))} (median of ${typed.length}); ` +
      `${writes.length} saves for ${typed.length} keystrokes, ${ms(median(writes))} each (read, write, commit), ${inInput} inside a keystroke`);
    await closePage(page);
  }

  // --- 5. import 100 plans from a 10 MB file, then the network view ----------------------
  {
    const plans = [];
    for (let i = 0; i < 100; i++) {
      const p = plan(`imp${i}`, { ownActivities: 170, noteLength: 500 });
      p.municipality = ['Bergen', 'Voss', 'Odda'][i % 3];
      plans.push(p);
    }
    const file = JSON.stringify({ format: 'dekom-plans', version: 1, app_version: 'bench', exported: '2026-11-22T00:00:00Z', plans });
    const page = await newPage(browser);
    await page.goto(`${base}/`);
    await waitForApp(page);
    // Timed in the page, from the file input's change event to the confirmation in the DOM
    // (handing Chromium a 10 MB file through the driver is not the app's time).
    const done = page.evaluate(() => new Promise((resolve) => {
      let t0;
      window.addEventListener('change', () => (t0 ??= performance.now()), true);
      new MutationObserver((_, obs) => {
        if (t0 !== undefined && document.body.textContent.includes('Importerte 100 planer.')) {
          obs.disconnect();
          resolve(performance.now() - t0);
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }));
    await page.locator('#import-file').setInputFiles({ name: 'nettverk.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    // The confirmation comes once every plan has been written (or refused).
    const imported = Math.round(await done);
    const stored = await page.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('dekom', 1);
      open.onsuccess = () => {
        const count = open.result.transaction('plans').objectStore('plans').count();
        count.onsuccess = () => { resolve(count.result); open.result.close(); };
      };
    }));
    // In-app navigation: the view shows the plans in memory, also those storage refused.
    const t1 = Date.now();
    await page.locator('a[href="/nettverk"]').first().click();
    await page.waitForFunction(() => document.querySelectorAll('main tbody tr').length >= 100);
    console.log(`\nImport of ${(file.length / 1e6).toFixed(1)} MB holding 100 plans: ${imported} ms to the confirmation (all written); ${stored} of 100 stored`);
    console.log(`Network view of those plans (render): ${Date.now() - t1} ms`);
    await closePage(page);
  }

  // --- 6. open and save with 1 and with 100 plans of ~107 KB (the import's plans) --------
  console.log('\nStorage with plans of ~107 KB each (median of 5 loads; saves: median of 8 edits of one plan)');
  for (const count of [1, 100]) {
    const entries = {};
    for (let i = 0; i < count; i++) entries[`imp${i}`] = JSON.stringify(envelope(plan(`imp${i}`, { ownActivities: 170, noteLength: 500 })));
    const opens = [];
    const saves = [];
    for (let run = 0; run < 5; run++) {
      const page = await newPage(browser);
      await seed(page, entries);
      await page.context().addInitScript(timeWrites);
      // From the app's indexedDB.open() (the seed's ran before this script) to its first
      // view in the DOM: open, load, decode, mount.
      await page.context().addInitScript(() => {
        const open = IDBFactory.prototype.open;
        IDBFactory.prototype.open = function (...args) {
          window.__openedAt ??= performance.now();
          return open.apply(this, args);
        };
        new MutationObserver((_, obs) => {
          if (document.querySelector('main')) { window.__mountedAt = performance.now(); obs.disconnect(); }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${base}/plan/imp0`);
      await waitForApp(page);
      opens.push(await page.evaluate(() => window.__mountedAt - window.__openedAt));
      if (run === 0) {
        const idea = page.getByLabel('Ønsket resultat eller praksisendring');
        for (let i = 0; i < 8; i++) {
          await idea.fill(`Endring ${i}`);
          await page.waitForTimeout(500);
        }
        saves.push(...(await page.evaluate(() => window.__save.writes)));
      }
      await closePage(page);
    }
    console.log(`  ${String(count).padStart(3)} plans (${(Object.values(entries).join('').length / 1e6).toFixed(1)} MB): open ${ms(median(opens))}; save of one plan ${ms(median(saves))} (${saves.length} saves)`);
  }

  // --- 7. first chart -----------------------------------------------------------------
  {
    const page = await newPage(browser);
    await seed(page, storageWith(small, 0));
    const t0 = Date.now();
    await page.goto(`${base}/plan/liten`);
    await waitForApp(page);
    const chart = await page.waitForSelector('.chart svg', { timeout: 10_000 }).then(() => Date.now() - t0, () => null);
    console.log(`\nFirst chart on the plan overview: ${chart === null ? 'no chart found' : `${chart} ms from navigation`}`);
    await closePage(page);
  }

  // --- 8. moving to a route whose chunk is not loaded yet -------------------------------
  {
    const page = await newPage(browser);
    await seed(page, storageWith(small, 0));
    await page.goto(`${base}/plan/liten/fase/1`);
    await waitForApp(page);
    const move = async (link, heading) => {
      const t0 = Date.now();
      await page.getByRole('link', { name: link, exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      return Date.now() - t0;
    };
    const about = await move('Om modellen', 'Om modellen');
    await page.goto(`${base}/plan/liten`);
    await waitForApp(page);
    const planning = await move('Planlegging', 'Planlegging');
    console.log(`\nMoving to a route whose chunk is not loaded yet (click to its heading, loopback): about ${about} ms, planning ${planning} ms`);
    await closePage(page);
  }

  const phase = firstLoad['phase 1'];
  const chartLib = firstLoad.overview?.['chart library'];
  console.log(`\nFirst load of a phase page: ${kb(phase.total.brotli)} KB brotli / ${kb(phase.total.gzip)} KB gzip` +
    (chartLib ? `; chart bundle ${kb(chartLib.brotli)} KB brotli / ${kb(chartLib.gzip)} KB gzip` : ''));
} finally {
  await browser.close();
  server.kill();
  rmSync(root, { recursive: true, force: true });
}
