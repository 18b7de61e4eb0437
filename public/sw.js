// The service worker. scripts/post-build.mjs writes dist/sw.js as
// `const VERSION = …, FILES = […];` (every file of the build, and a hash of them all)
// followed by this file. Precached files are served from the cache, and every app route
// (a path without a file extension) gets index.html, so the app opens without network.
const CACHE = `dekom-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    // Files whose names carry Trunk's content hash never change, so the copy the page just
    // loaded (in the HTTP cache) is the right one: no second download on a slow line.
    // The rest (index.html, boot.js, …) are fetched fresh.
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((f) => new Request(f, { cache: /-[0-9a-f]{12,16}(_bg)?\.\w+$/.test(f) ? 'default' : 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('dekom-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks for this only when the user has chosen to load the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const route = request.mode === 'navigate' && !/\.[^/]*$/.test(url.pathname);
  const key = route ? '/index.html' : url.pathname;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key)).then((hit) => hit || fetch(request)),
  );
});
