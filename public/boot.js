// Starts the app (Trunk.toml's pattern_script names the files) and keeps it working
// offline. A file of its own, not Trunk's inline loader, so the Content-Security-Policy
// in public/_headers allows scripts from 'self' only and needs no per-build hash.
(() => {
  const { js, wasm } = document.currentScript.dataset;
  // A lazy route's chunk, for the loader scripts/post-build.mjs writes. A failed download
  // would stop the app (Leptos panics on it), so it waits instead: the app says so
  // (`dekom-chunk-failed`) and the user's retry (`dekom-chunk-retry`) tries again.
  window.dekomChunk = (url) => new Promise((resolve) => {
    const attempt = () => fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      resolve(response);
    }).catch(() => {
      addEventListener('dekom-chunk-retry', attempt, { once: true });
      dispatchEvent(new Event('dekom-chunk-failed'));
    });
    attempt();
  });
  import(js).then((app) => app.default({ module_or_path: wasm }));

  const sw = navigator.serviceWorker;
  if (!sw) return;
  // A new version waits until the user asks for it (the app shows the offer when
  // <html data-update-ready> is set or `dekom-update-ready` fires), so a reload never
  // comes unasked. The app fires `dekom-update-apply` when the user accepts.
  let waiting = null;
  let accepted = false;
  const offer = (worker) => {
    waiting = worker;
    document.documentElement.dataset.updateReady = '';
    dispatchEvent(new Event('dekom-update-ready'));
  };
  const track = (worker) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && sw.controller) offer(worker);
    });
  const register = () => sw.register('/sw.js').then((reg) => {
    if (reg.waiting && sw.controller) offer(reg.waiting);
    // The browser looks for a new sw.js on every navigation, so an update may already be
    // installing by the time this runs.
    track(reg.installing);
    reg.addEventListener('updatefound', () => track(reg.installing));
    // A workshop can keep the page open all day; look for a new version every hour.
    setInterval(() => reg.update().catch(() => {}), 3600 * 1000);
  }, () => {});
  // Registered once the page has loaded and gone idle: installing fetches and stores the
  // whole build (the charts too), and doing that during the first start made the phase page
  // interactive 100-150 ms later on this machine (scripts/bench.sh), more on a slow line.
  const idle = window.requestIdleCallback || ((f) => setTimeout(f, 200));
  const soon = () => idle(register, { timeout: 3000 });
  if (document.readyState === 'complete') soon();
  else addEventListener('load', soon, { once: true });
  addEventListener('dekom-update-apply', () => {
    accepted = true;
    waiting?.postMessage('skip-waiting');
  });
  sw.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
})();
