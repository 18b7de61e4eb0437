// Lighthouse (mobile preset, the npm `lighthouse` package) on the release build, served
// brotli-compressed on loopback as a static host would, beside the plain-HTML floor of
// the same phase page. Called by scripts/bench.sh; prints figures, asserts nothing.
//
//   node scripts/lighthouse.mjs            # dist/, or BENCH_DIST
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';

const dist = process.env.BENCH_DIST || 'dist';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

// Every file compressed once, as a host with brotli on serves it; SPA fallback to index.html.
const files = new Map();
const extra = new Map();
const read = (file) => {
  if (!files.has(file)) {
    const raw = extra.get(file) ?? fs.readFileSync(path.join(dist, file));
    files.set(file, { raw, br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) });
  }
  return files.get(file);
};
const server = http.createServer((req, res) => {
  let file = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
  if (!extra.has(file) && (!file || !fs.existsSync(path.join(dist, file)) || fs.statSync(path.join(dist, file)).isDirectory())) {
    if (path.extname(file)) { res.writeHead(404).end(); return; }
    file = 'index.html';
  }
  const body = read(file);
  const br = /\bbr\b/.test(req.headers['accept-encoding'] || '');
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
    ...(br ? { 'content-encoding': 'br' } : {}),
    'cache-control': /-[0-9a-f]{16}/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(br ? body.br : body.raw);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dekom-lh-'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
  userDataDir: profile,
});
try {
  // A plan stored as a user would have it, through the app, and the floor: that plan's
  // phase page frozen into static HTML with the same stylesheet and no script.
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const page = await cdp.contexts()[0].newPage();
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: /^(Ny plan|Lag den første planen)$/ }).first().click();
  await page.waitForURL(/\/plan\/[^/]+$/);
  const plan = page.url().replace(/.*\/plan\//, '');
  await page.getByLabel('Navn på planen').fill('Lesing på Ås');
  await page.waitForTimeout(1000);
  await page.goto(`${base}/plan/${plan}/fase/1`);
  await page.waitForSelector('main h1');
  const floor = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel=modulepreload], link[rel=preload]').forEach((n) => n.remove());
    return `<!doctype html>\n${doc.outerHTML}`;
  });
  extra.set('floor.html', Buffer.from(floor));
  await page.close();
  // Each run starts as a first visit except for the stored plan: no service worker, no
  // caches (Lighthouse's own reset would clear IndexedDB too).
  const fresh = async () => {
    const blank = await cdp.contexts()[0].newPage();
    await blank.goto(`${base}/icon.svg`);
    await blank.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      for (const k of await caches.keys()) await caches.delete(k);
    });
    const session = await blank.context().newCDPSession(blank);
    await session.send('Network.clearBrowserCache');
    await blank.close();
  };

  console.log(`\nLighthouse ${JSON.parse(fs.readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, mobile preset (simulated throttling), brotli on loopback`);
  console.log(`  ${'page'.padEnd(18)} ${'score'.padStart(6)} ${'FCP'.padStart(9)} ${'LCP'.padStart(9)} ${'TBT'.padStart(9)} ${'bytes'.padStart(10)}`);
  for (const [name, url] of [['floor (phase 1)', '/floor.html'], ['plans /', '/'], ['/modellen', '/modellen'], ['phase 1', `/plan/${plan}/fase/1`]]) {
    await fresh();
    // Storage kept, so the phase page finds the plan.
    const { lhr } = await lighthouse(`${base}${url}`, {
      port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true,
    });
    const a = (id) => lhr.audits[id]?.numericValue;
    const s = (v) => (v === undefined ? 'n/a' : `${(v / 1000).toFixed(2)} s`).padStart(9);
    console.log(`  ${name.padEnd(18)} ${lhr.categories.performance.score?.toFixed(2).padStart(6)} ${s(a('first-contentful-paint'))} ${s(a('largest-contentful-paint'))} ${`${Math.round(a('total-blocking-time') ?? 0)} ms`.padStart(9)} ${`${Math.round((a('total-byte-weight') ?? 0) / 1024)} KB`.padStart(10)}`);
  }
  await cdp.close();
} finally {
  await chrome.kill();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
