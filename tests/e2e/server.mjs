#!/usr/bin/env node
// Tiny zero-dependency static server for the end-to-end tests.
//
//   node tests/e2e/server.mjs <dir> [port] [--headers]
//                                   (port defaults to 8081; 0 = any free port)
//
// Serves <dir> on 127.0.0.1 only. It behaves like the static hosting the README asks for:
//   * an existing file is served with its content type (.wasm -> application/wasm, ...);
//   * a directory is served as its index.html;
//   * any other GET/HEAD path WITHOUT a file extension (a deep link such as /fase/2)
//     gets <dir>/index.html (SPA fallback), with status 200;
//   * a missing path WITH an extension (/missing.js) is a 404.
//   * with --headers, every response also carries the headers that <dir>/_headers sets
//     for `/*` (the Netlify / Cloudflare Pages format), e.g. the Content-Security-Policy.
// Prints "listening on http://127.0.0.1:<port>/" once ready. Port 0 picks a free port.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

const args = process.argv.slice(2);
const withHeaders = args.includes('--headers');
const [dirArg, portArg = '8081'] = args.filter((a) => a !== '--headers');
if (!dirArg) {
  console.error('usage: node tests/e2e/server.mjs <dir> [port]');
  process.exit(2);
}
const root = path.resolve(dirArg);
const port = Number(portArg);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`server.mjs: bad port ${JSON.stringify(portArg)}`);
  process.exit(2);
}
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`server.mjs: ${root}/index.html not found (build first)`);
  process.exit(2);
}

/** The `/*` block of a _headers file as { name: value }. */
function hostHeaders(file) {
  const headers = {};
  let all = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!/^\s/.test(line)) all = line.trim() === '/*';
    else if (all && line.includes(':')) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return headers;
}
const HOST_HEADERS = withHeaders ? hostHeaders(path.join(root, '_headers')) : {};

function statFile(p) {
  try {
    const st = fs.statSync(p);
    if (st.isFile()) return p;
    if (st.isDirectory()) {
      const idx = path.join(p, 'index.html');
      if (fs.statSync(idx, { throwIfNoEntry: false })?.isFile()) return idx;
    }
  } catch {
    /* missing */
  }
  return null;
}

function send(req, res, status, file, extraHeaders = {}) {
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const size = fs.statSync(file).size;
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...HOST_HEADERS,
    ...extraHeaders,
  });
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(file).pipe(res);
}

function notFound(res, status = 404, text = 'Not Found') {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`${text}\n`);
}

const server = http.createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return notFound(res, 405, 'Method Not Allowed');
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    return notFound(res, 400, 'Bad Request');
  }
  // Resolve inside root only (no ../ escapes, no NUL bytes).
  const target = path.resolve(root, `.${path.posix.normalize(pathname)}`);
  if (pathname.includes('\0') || (target !== root && !target.startsWith(root + path.sep))) {
    return notFound(res, 400, 'Bad Request');
  }
  const file = statFile(target);
  if (file) return send(req, res, 200, file);
  // SPA fallback: a path whose last segment has no extension is an app route.
  if (path.posix.extname(pathname) === '') {
    return send(req, res, 200, path.join(root, 'index.html'));
  }
  return notFound(res);
});

server.on('error', (err) => {
  console.error(`server.mjs: ${err.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/ (serving ${root})`);
});
// scripts/test.sh sets E2E_SERVER_PARENT_PID so the server exits if the script is killed
// hard (SIGKILL skips its trap) instead of lingering and holding the port.
const parentPid = Number(process.env.E2E_SERVER_PARENT_PID || 0);
if (parentPid > 0) {
  setInterval(() => {
    try {
      process.kill(parentPid, 0);
    } catch {
      process.exit(0);
    }
  }, 1000).unref();
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
