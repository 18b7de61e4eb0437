// Trunk post_build hook (Trunk.toml [[hooks]]):
// 0. splits the wasm by route where the app was built with lazy routes (see splitWasm);
// 1. bundles the chart library (src/ui/chart.js: the used parts of ECharts) into
//    charts-<hash>.js and names it in index.html, where the app finds it when a chart is
//    first shown; the hash lets browsers keep it until it changes;
// 2. writes sw.js with the exact list of files to precache and a version made from their
//    contents, so every build that changes anything is a new version the service worker
//    can offer.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import esbuild from 'esbuild';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs: TRUNK_STAGING_DIR not set (run it from trunk)');
const base = process.env.TRUNK_PUBLIC_URL || '/';
// Host configuration, not part of the app.
const SKIP = new Set(['sw.js', '_redirects', '_headers']);

const sha = (bytes, n = 16) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, n);

// Trunk runs wasm-bindgen and wasm-opt on the whole wasm, which has no step to split it
// (trunk issue #1022). Where the app was built with its `split` feature, this does it
// again from cargo's own output, in the order wasm_split_cli_support needs: split the
// raw module (linked with --emit-relocs), wasm-bindgen the main module only (keeping
// the exports the chunks link to), then wasm-opt each module. Chunks and their loader get
// content hashes, so a browser never mixes chunks of two builds; the integrity hashes
// Trunk wrote into index.html are written again for the files replaced.
function splitWasm(index) {
  const profile = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
  const targetDir = process.env.CARGO_TARGET_DIR || path.join(process.env.TRUNK_SOURCE_DIR || '.', 'target');
  const raw = path.join(targetDir, 'wasm32-unknown-unknown', profile, 'dekom-app.wasm');
  if (!fs.existsSync(raw) || !fs.readFileSync(raw).includes('__wasm_split')) return index;
  const js = index.match(/data-js="[^"]*?([^/"]+\.js)"/)?.[1];
  if (!js) throw new Error('post-build.mjs: no data-js in index.html');
  const stem = js.replace(/\.js$/, '');
  const work = fs.mkdtempSync(path.join(targetDir, 'split-'));
  try {
    execFileSync('wasm-split-cli', [raw, work, '--target', 'web', '--out-name', stem], { stdio: 'inherit' });
    execFileSync('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-typescript',
      '--out-dir', staging, '--out-name', stem, path.join(work, `${stem}.wasm`)], { stdio: 'inherit' });
    const source = fs.readFileSync(process.env.TRUNK_HTML_FILE || 'index.html', 'utf8');
    const level = source.match(/data-wasm-opt="([^"]+)"/)?.[1];
    const params = source.match(/data-wasm-opt-params="([^"]+)"/)?.[1]?.split(/\s+/) ?? [];
    const opt = (file) => {
      if (profile === 'release' && level) execFileSync('wasm-opt', [`-O${level}`, ...params, file, '-o', file], { stdio: 'inherit' });
    };
    opt(path.join(staging, `${stem}_bg.wasm`));
    // Chunks come through public/boot.js, which waits and offers a retry where the
    // network fails instead of failing the load.
    let loader = fs.readFileSync(path.join(work, '__wasm_split.js'), 'utf8');
    if (!loader.includes('fetch(new URL(')) throw new Error('post-build.mjs: the split loader no longer fetches with fetch(new URL(…)); update the line below');
    loader = loader.split('fetch(new URL(').join('globalThis.dekomChunk(new URL(');
    for (const chunk of fs.readdirSync(work).filter((f) => f.endsWith('.wasm') && f !== `${stem}.wasm`)) {
      opt(path.join(work, chunk));
      const bytes = fs.readFileSync(path.join(work, chunk));
      const named = chunk.replace(/\.wasm$/, `-${sha(bytes)}.wasm`);
      fs.writeFileSync(path.join(staging, named), bytes);
      loader = loader.split(chunk).join(named);
    }
    const loaderName = `__wasm_split-${sha(loader)}.js`;
    fs.writeFileSync(path.join(staging, loaderName), loader);
    const mainJs = path.join(staging, js);
    // Only where it is imported: the same name is the wasm's import module, a key there.
    const glue = fs.readFileSync(mainJs, 'utf8').replace(/(from\s*["'])\.\/__wasm_split\.js(["'])/g, `$1./${loaderName}$2`);
    fs.writeFileSync(mainJs, glue);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const integrity = (file) => `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(staging, file))).digest('base64')}`;
  for (const file of [js, `${stem}_bg.wasm`]) {
    const at = new RegExp(`(href="[^"]*${file.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*"`);
    index = index.replace(at, `$1${integrity(file)}"`);
  }
  return index;
}

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
const index = splitWasm(fs.readFileSync(indexPath, 'utf8'));
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
