// The automatic backup file, through the File System Access API (Chrome, Edge, ChromeOS).
// The file handle is kept in a database of its own, so the plans' database keeps its
// version (a version change would wait for every open tab to close).
const DB = 'dekom-backup';
const STORE = 'handles';
const KEY = 'file';
let handle;

function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function db() {
  const open = indexedDB.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

async function store(mode, f) {
  const d = await db();
  try {
    return await request(f(d.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    d.close();
  }
}

async function current() {
  if (handle === undefined) handle = (await store('readonly', (s) => s.get(KEY))) || null;
  return handle;
}

export function available() {
  return typeof window.showSaveFilePicker === 'function';
}

// The chosen file's name, or null when none is chosen.
export async function chosen() {
  const h = await current();
  return h ? h.name : null;
}

// Lets the user pick the file (a user gesture), keeps it; its name, or null if cancelled.
export async function choose(suggestedName) {
  let picked;
  try {
    picked = await window.showSaveFilePicker({
      suggestedName,
      types: [{ description: 'JSON', accept: { 'application/json': ['.json'] } }],
    });
  } catch (e) {
    if (e && e.name === 'AbortError') return null;
    throw e;
  }
  await store('readwrite', (s) => s.put(picked, KEY));
  handle = picked;
  return picked.name;
}

// 'granted', 'prompt' (ask again with a user gesture) or 'denied'.
export async function permission() {
  const h = await current();
  if (!h) return 'denied';
  return h.queryPermission ? h.queryPermission({ mode: 'readwrite' }) : 'granted';
}

// Asks again (needs a user gesture); the answer as `permission` gives it.
export async function regrant() {
  const h = await current();
  if (!h) return 'denied';
  return h.requestPermission ? h.requestPermission({ mode: 'readwrite' }) : 'granted';
}

// Replaces the file's contents: true when written, false when permission is needed first.
// Rejects when writing failed (file gone, disk full).
export async function write(text) {
  const h = await current();
  if (!h) return false;
  if ((await permission()) !== 'granted') return false;
  const w = await h.createWritable();
  try {
    await w.write(text);
    await w.close();
  } catch (e) {
    await w.abort().catch(() => {});
    throw e;
  }
  return true;
}

export async function forget() {
  handle = null;
  await store('readwrite', (s) => s.delete(KEY));
}

export function erase() {
  handle = null;
  indexedDB.deleteDatabase(DB);
}
