// Prints what a user waits for and downloads: the size of dist/ (raw and gzip), how long
// the app takes to show its first page, and how long one keystroke takes to reach the
// screen and localStorage in a large plan. Figures, not pass/fail: run it before and
// after a change. Usage: bash scripts/bench.sh (builds dist/ first).

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch, newPage, closePage, waitForApp } from '../tests/e2e/harness.mjs';

const RUNS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('dist/ sizes (bytes)');
let total = [0, 0];
for (const f of readdirSync('dist').filter((f) => /\.(wasm|js|css|html)$/.test(f))) {
  const raw = statSync(`dist/${f}`).size;
  const gz = gzipSync(readFileSync(`dist/${f}`), { level: 9 }).length;
  total = [total[0] + raw, total[1] + gz];
  console.log(`  ${f.padEnd(44)} ${String(raw).padStart(9)} ${String(gz).padStart(9)}`);
}
console.log(`  ${'total'.padEnd(44)} ${String(total[0]).padStart(9)} ${String(total[1]).padStart(9)}`);

const server = spawn('node', ['tests/e2e/server.mjs', 'dist', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve) => server.stdout.on('data', (d) => {
  const m = /listening on (http:\/\/[^/]+)/.exec(String(d));
  if (m) resolve(m[1]);
}));

const browser = await launch();
try {
  const firstPaint = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await newPage(browser);
    const t0 = Date.now();
    await page.goto(`${base}/`);
    await page.waitForSelector('main h1');
    firstPaint.push(Date.now() - t0);
    await closePage(page);
  }
  console.log(`\nfirst page shown (navigation start to <h1>), median of ${RUNS}: ${median(firstPaint)} ms`);

  // A large plan: 200 own activities with notes in phase 1, 20 other plans beside it.
  const page = await newPage(browser);
  await page.goto(`${base}/`);
  const id = await page.evaluate(() => {
    const plan = (id) => ({ format: 'dekom-plan', version: 1, saved: '', plan: { id, name: `Plan ${id}`, phases: [{ own_activities: [], activities: {} }, {}, {}, {}] } });
    const big = plan('stor');
    for (let i = 0; i < 200; i++) {
      big.plan.phases[0].own_activities.push({ id: `own-a-${i}`, text: `Egen aktivitet nummer ${i}` });
      big.plan.phases[0].activities[`own-a-${i}`] = { done: i % 2 === 0, note: 'Notat '.repeat(40), responsible: 'Kari', due: '2027-01-01' };
    }
    localStorage.setItem('dekom.plan.stor', JSON.stringify(big));
    for (let i = 0; i < 20; i++) localStorage.setItem(`dekom.plan.p${i}`, JSON.stringify(plan(`p${i}`)));
    return 'stor';
  });
  const t0 = Date.now();
  await page.goto(`${base}/plan/${id}/fase/1`);
  await waitForApp(page);
  await page.waitForSelector('label[for="a-own-a-199"]');
  console.log(`phase page with 210 activities shown: ${Date.now() - t0} ms`);

  const keystroke = [];
  const answer = page.locator('.questions textarea').first();
  await answer.focus();
  for (let i = 0; i < 30; i++) {
    keystroke.push(await page.evaluate(async (ch) => {
      const el = document.activeElement;
      const t = performance.now();
      el.value += ch;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      const saved = localStorage.getItem('dekom.plan.stor').includes(el.value);
      if (!saved) throw new Error('keystroke not saved');
      return performance.now() - t;
    }, 'x'));
  }
  console.log(`one keystroke in that plan, handled and saved (median of 30): ${median(keystroke).toFixed(2)} ms`);
  await closePage(page);
} finally {
  await browser.close();
  server.kill();
}
