// Draws public/icon-192.png and public/icon-512.png from public/icon.svg with the test
// Chromium (installable web apps need PNG icons). Run after changing the SVG:
//   node scripts/icons.mjs
import fs from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await fs.readFile(new URL('../public/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: new URL(`../public/icon-${size}.png`, import.meta.url).pathname });
    await page.close();
  }
} finally {
  await browser.close();
}
