// Trunk post_build hook (Trunk.toml [[hooks]]):
// 1. bundles the chart library (src/ui/chart.js: the used parts of ECharts) into
//    charts-<hash>.js and names it in index.html, where the app finds it when a chart is
//    first shown; the hash lets browsers keep it until it changes;
// 2. writes sw.js with the exact list of files to precache and a version made from their
//    contents, so every build that changes anything is a new version the service worker
//    can offer.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import esbuild from 'esbuild';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs: TRUNK_STAGING_DIR not set (run it from trunk)');
const base = process.env.TRUNK_PUBLIC_URL || '/';
// Host configuration, not part of the app.
const SKIP = new Set(['sw.js', '_redirects', '_headers']);

const bundle = await esbuild.build({
  entryPoints: [new URL('../src/ui/chart.js', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  write: false,
});
const code = bundle.outputFiles[0].contents;
const chartFile = `charts-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(staging, chartFile), code);
const indexPath = path.join(staging, 'index.html');
const index = fs.readFileSync(indexPath, 'utf8');
if (!index.includes('</head>')) throw new Error('post-build.mjs: no </head> in index.html');
fs.writeFileSync(indexPath, index.replace('</head>', `<meta name="dekom-charts" content="${base}${chartFile}"></head>`));

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
console.log(`post-build.mjs: ${chartFile} ${code.length} bytes; sw.js ${version}, ${list.length} files`);
