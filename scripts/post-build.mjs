// Trunk post_build hook (Trunk.toml [[hooks]]): writes sw.js into the staged build with
// the exact list of files to precache and a version made from their contents, so every
// build that changes anything is a new version the service worker can offer.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs: TRUNK_STAGING_DIR not set (run it from trunk)');
const base = process.env.TRUNK_PUBLIC_URL || '/';
// Host configuration, not part of the app.
const SKIP = new Set(['sw.js', '_redirects', '_headers']);

function files(dir, prefix = '') {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .filter((f) => !SKIP.has(f))
    .sort();
}

const list = files(staging);
const hash = crypto.createHash('sha256');
for (const f of list) hash.update(f).update('\0').update(fs.readFileSync(path.join(staging, f)));
const version = hash.digest('hex').slice(0, 16);
const template = fs.readFileSync(new URL('../public/sw.js', import.meta.url), 'utf8');
const head = `const VERSION = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(list.map((f) => base + f), null, 1)};\n`;
fs.writeFileSync(path.join(staging, 'sw.js'), head + template);
console.log(`post-build.mjs: sw.js ${version}, ${list.length} files`);
