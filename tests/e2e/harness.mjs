// Shared helpers for the end-to-end specs (tests/e2e/*.test.mjs, run by `node --test`).
//
// Drives Debian's /usr/bin/chromium through playwright-core (which never downloads a
// browser). scripts/test.sh builds dist/, serves it with tests/e2e/server.mjs and sets
// E2E_BASE_URL. To run a spec by hand against something already being served:
//   E2E_BASE_URL=http://127.0.0.1:8080 node --test tests/e2e/smoke.test.mjs
//
// Typical spec:
//   const browser = await launch();
//   const page = await newPage(browser, { width: 375 });
//   try {
//     await page.goto(`${BASE_URL}/`);
//     await waitForApp(page);
//     ...
//     await screenshot(page, 'home-375');
//     await checkA11y(page);
//   } finally {
//     await closePage(page); // throws on page errors / requests off localhost
//   }

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));

export const BASE_URL = (process.env.E2E_BASE_URL || 'http://127.0.0.1:8081').replace(/\/+$/, '');
export const OUTPUT_DIR = path.join(HERE, 'output');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
export const WIDTHS = { desktop: 1280, mobile: 375 };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True for URLs the app may load: localhost, or non-network schemes (data:, blob:, about:). */
export function isLocalUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(u.protocol)) return true;
  return LOCAL_HOSTS.has(u.hostname) || u.hostname.endsWith('.localhost');
}

/** Launch headless Debian Chromium. Close it with `await browser.close()`. */
export async function launch(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    ...options,
  });
}

// Per-page bookkeeping, kept out of the Page object itself.
const state = new WeakMap();

/** The records for a page from newPage(): { pageErrors, consoleErrors, externalRequests }. */
export function records(page) {
  const s = state.get(page);
  assert.ok(s, 'page was not created with newPage()');
  return s;
}

/**
 * A fresh browser context + page at the given viewport width (1280 or 375 typically).
 * Records uncaught page errors, console errors and every request to a host other than
 * localhost (those are also aborted, so a stray CDN link fails fast instead of hanging).
 * Every harness helper throws if a page error has been seen; closePage() checks all.
 */
export async function newPage(browser, { width = WIDTHS.desktop, height = 900, ...contextOptions } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    locale: 'nb-NO',
    ...contextOptions,
  });
  const s = { pageErrors: [], consoleErrors: [], externalRequests: [], width };
  await context.route(
    (url) => !isLocalUrl(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  context.on('request', (req) => {
    if (!isLocalUrl(req.url())) s.externalRequests.push(`${req.method()} ${req.url()}`);
  });
  const page = await context.newPage();
  track(page, s);
  return page;
}

/** Another tab in the same browser context as `page` (same storage), checked the same way. */
export async function newTab(page) {
  const tab = await page.context().newPage();
  track(tab, records(page));
  return tab;
}

function track(page, s) {
  state.set(page, s);
  page.on('pageerror', (err) => s.pageErrors.push(err));
  page.on('websocket', (ws) => {
    if (!isLocalUrl(ws.url())) s.externalRequests.push(`WebSocket ${ws.url()}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      s.consoleErrors.push(`${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('crash', () => s.pageErrors.push(new Error('page crashed')));
  page.setDefaultTimeout(15_000);
}

/** Throws if the page has had an uncaught error (a Rust panic shows up as one). */
export function assertNoPageErrors(page) {
  const { pageErrors } = records(page);
  assert.equal(
    pageErrors.length,
    0,
    `uncaught page error(s):\n${pageErrors.map((e) => `  - ${e.stack || e.message || e}`).join('\n')}`,
  );
}

/** Throws if the page asked for anything off localhost (the app must work fully offline). */
export function assertNoExternalRequests(page) {
  const { externalRequests } = records(page);
  assert.equal(
    externalRequests.length,
    0,
    `request(s) to hosts other than localhost:\n${externalRequests.map((u) => `  - ${u}`).join('\n')}`,
  );
}

/** Throws if the page logged console errors (optional: not every spec wants this). */
export function assertNoConsoleErrors(page) {
  const { consoleErrors } = records(page);
  assert.equal(consoleErrors.length, 0, `console error(s):\n${consoleErrors.map((m) => `  - ${m}`).join('\n')}`);
}

/** Checks page errors and external requests, then closes the page's context. */
export async function closePage(page) {
  try {
    assertNoPageErrors(page);
    assertNoExternalRequests(page);
  } finally {
    await page.context().close();
  }
}

/** Waits until the wasm app shows a page (a <main> with its <h1>). */
export async function waitForApp(page, { timeout = 30_000 } = {}) {
  try {
    // The page's own heading: a route whose code is a chunk of its own shows once loaded.
    await page.waitForFunction(() => document.querySelector('main h1') !== null, null, { timeout });
  } catch (err) {
    assertNoPageErrors(page); // a panic during start-up is the more useful message
    throw new Error(`app did not show a page (<main> with an <h1>) within ${timeout} ms at ${page.url()}: ${err.message}`);
  }
  assertNoPageErrors(page);
}

/** Full-page PNG at tests/e2e/output/<name>.png; returns the path. */
export async function screenshot(page, name) {
  assertNoPageErrors(page);
  await fs.mkdir(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

const AXE_PATH = require.resolve('axe-core/axe.min.js');

/**
 * Runs axe-core on the page (or on `include`, a CSS selector) and throws if any violation
 * has impact "serious" or "critical". Returns all violations (minor/moderate included) so a
 * spec can look at them. `options` goes to axe.run (e.g. { rules: { 'color-contrast': { enabled: false } } }).
 */
export async function checkA11y(page, { include = null, options = {}, impacts = ['serious', 'critical'] } = {}) {
  assertNoPageErrors(page);
  const hasAxe = () => page.evaluate(() => typeof window.axe === 'object' && typeof window.axe.run === 'function');
  if (!(await hasAxe())) {
    try {
      await page.addScriptTag({ path: AXE_PATH });
    } catch {
      // e.g. a Content-Security-Policy that forbids inline scripts: evaluate it instead.
    }
    if (!(await hasAxe())) {
      await page.evaluate(await fs.readFile(AXE_PATH, 'utf8'));
    }
  }
  const violations = await page.evaluate(
    async ({ include, options }) => {
      const result = await window.axe.run(include ? { include: [include] } : document, {
        resultTypes: ['violations'],
        ...options,
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      }));
    },
    { include, options },
  );
  const bad = violations.filter((v) => impacts.includes(v.impact));
  if (bad.length > 0) {
    const lines = bad.map(
      (v) =>
        `  - [${v.impact}] ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 10)
          .map((n) => `      at ${n.target}`)
          .join('\n') +
        (v.nodes.length > 10 ? `\n      … and ${v.nodes.length - 10} more` : ''),
    );
    assert.fail(`axe found ${bad.length} ${impacts.join('/')} accessibility violation(s) on ${page.url()}:\n${lines.join('\n')}`);
  }
  return violations;
}
