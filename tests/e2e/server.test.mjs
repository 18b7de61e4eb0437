// The static server used by the e2e run must behave like the hosting the README describes:
// real files with the right content type, SPA fallback for extension-less paths, 404 otherwise.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server.mjs');
let dir;
let proc;
let base;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-server-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><main><h1>index</h1></main>');
  fs.writeFileSync(path.join(dir, 'app_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  fs.writeFileSync(path.join(dir, 'app.js'), 'export {};');
  fs.writeFileSync(path.join(dir, 'style.css'), 'body{}');
  proc = spawn(process.execPath, [SERVER, dir, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  base = await new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk) => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk);
      if (m) resolve(m[1]);
    });
  });
});

after(() => {
  proc?.kill();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const cases = [
  ['/', 200, 'text/html'],
  ['/app_bg.wasm', 200, 'application/wasm'],
  ['/app.js', 200, 'text/javascript'],
  ['/style.css', 200, 'text/css'],
  ['/some/deep/link', 200, 'text/html'],
  ['/missing.js', 404, 'text/plain'],
];
for (const [p, status, type] of cases) {
  test(`GET ${p} -> ${status} ${type}`, async () => {
    const res = await fetch(`${base}${p}`);
    assert.equal(res.status, status);
    assert.ok(res.headers.get('content-type').startsWith(type), res.headers.get('content-type'));
    if (p === '/some/deep/link') assert.match(await res.text(), /<h1>index<\/h1>/);
    else await res.arrayBuffer();
  });
}
