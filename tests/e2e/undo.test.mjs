// The header's undo and redo arrows as a user meets them: pointing at one or reaching it
// with the keyboard shows what it does in words, on a desktop and on a phone; the buttons
// keep their accessible names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, closePage, screenshot } from './harness.mjs';
import { createPlan } from './app.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const width of [1280, 375]) {
  test(`undo and redo say what they do on hover and on keyboard focus (${width} px)`, async () => {
    const page = await newPage(browser, { width });
    try {
      await createPlan(page, 'Angreskolen', 'Alle leser bedre');
      const header = page.getByRole('banner');
      // Named after the plan, which an undo may rename: the names are matched by their start.
      const undo = header.getByRole('button', { name: /^Angre siste endring i «/ });
      const redo = header.getByRole('button', { name: /^Gjør om det som ble angret i «/ });
      await undo.waitFor();
      const undoTip = header.getByText(/^Angre siste endring i «/);
      const redoTip = header.getByText(/^Gjør om det som ble angret i «/);
      assert.equal(await undoTip.isVisible(), false, 'no words until asked');

      await undo.hover();
      await undoTip.waitFor({ state: 'visible' });
      assert.equal(await undoTip.textContent(), await undo.getAttribute('aria-label'), 'the words are the name');
      // The words fit on the screen beside the arrows at the right edge.
      const box = await undoTip.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= width, `the tip lies within the window: ${JSON.stringify(box)}`);
      await screenshot(page, `undo-hover-${width}`);

      await undo.click();
      await page.mouse.move(0, 400);
      await undoTip.waitFor({ state: 'hidden' });
      // From the language menu, Tab reaches the undo arrow, then the redo arrow, now enabled.
      await page.getByRole('combobox', { name: 'Språk' }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await redo.evaluate((b) => b === document.activeElement), true);
      await redoTip.waitFor({ state: 'visible' });
      assert.equal(await redoTip.textContent(), await redo.getAttribute('aria-label'));
      assert.equal(await undoTip.isVisible(), false);
      await screenshot(page, `redo-focus-${width}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(wide <= 0, `the page is ${wide} px too wide`);
    } finally {
      await closePage(page);
    }
  });
}
