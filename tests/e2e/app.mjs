// Steps that several specs take through this app, as a user would: open the plans page,
// create a plan, find a plan's card.

import { BASE_URL, waitForApp } from './harness.mjs';

/** The card of the plan titled `name` on the plans page. */
export const card = (page, name) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });

/** Makes the app write its pending changes now, as it does when the page is left. */
export async function flushSaves(page) {
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
}

// The app keeps each plan as one IndexedDB record (database "dekom", store "plans", key =
// plan id, value = the envelope text). These open it as the app does, creating the store if
// the app has not run yet, so a test can look at or fill storage before the app starts.
const withPlanStore = (mode, work) => new Promise((resolve, reject) => {
  const open = indexedDB.open('dekom', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('plans');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction('plans', mode);
    const result = work(tx.objectStore('plans'));
    tx.oncomplete = () => { db.close(); resolve(result()); };
    tx.onerror = tx.onabort = () => { db.close(); reject(tx.error); };
  };
});

/** Every stored plan record, as { id: text }. */
export async function storedPlans(page) {
  return page.evaluate((withPlanStore) => eval(withPlanStore)('readonly', (store) => {
    const keys = store.getAllKeys();
    const values = store.getAll();
    return () => Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]]));
  }), String(withPlanStore));
}

/** Replaces every stored plan with `records` ([id, text] pairs), behind the app's back. */
export async function storePlans(page, records) {
  await page.evaluate(([withPlanStore, records]) => eval(withPlanStore)('readwrite', (store) => {
    store.clear();
    for (const [id, text] of records) store.put(text, id);
    return () => undefined;
  }), [String(withPlanStore), records]);
}

/** Waits until storage holds `count` plan records (writes finish a moment after a change). */
export async function waitForStoredPlans(page, count, { timeout = 15_000 } = {}) {
  const until = Date.now() + timeout;
  let ids = Object.keys(await storedPlans(page));
  while (ids.length !== count && Date.now() < until) {
    await page.waitForTimeout(100);
    ids = Object.keys(await storedPlans(page));
  }
  if (ids.length !== count) throw new Error(`storage holds ${ids.length} plans, not ${count}: ${ids.join(', ')}`);
  return ids;
}

export async function home(page) {
  await page.goto(`${BASE_URL}/`);
  await waitForApp(page);
}

/** Creates a plan from the plans page, names it (and writes its idea); returns its URL. */
export async function createPlan(page, name, idea) {
  await home(page);
  return createPlanHere(page, name, idea);
}

/** `createPlan` on the plans page already open (e.g. from another server). */
export async function createPlanHere(page, name, idea) {
  await page.getByRole('button', { name: /^(Ny plan|Lag den første planen)$/ }).first().click();
  await page.waitForURL(/\/plan\/[^/]+$/);
  await page.getByLabel('Navn på planen').fill(name);
  if (idea !== undefined) await page.getByLabel('Ønsket resultat eller praksisendring').fill(idea);
  return page.url();
}

/**
 * The labels of the charts on the page that are cut off: outside their chart, or shortened
 * with an ellipsis. Charts redraw a moment after their box changes size, so this waits up
 * to two seconds for none to be cut before it answers.
 */
export async function cutChartLabels(page) {
  const cut = () => page.evaluate(() => [...document.querySelectorAll('.chart svg')].flatMap((svg) => {
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5 || /(\.\.\.|…)$/.test(t.textContent));
      })
      .map((t) => t.textContent);
  }));
  let found = await cut();
  for (let i = 0; i < 20 && found.length > 0; i++) {
    await page.waitForTimeout(100);
    found = await cut();
  }
  return found;
}
