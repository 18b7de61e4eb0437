// Starts tests/e2e/server.mjs on a free port for one spec: `const s = await serve(dir)`,
// then `s.url`, and `await s.stop()` (safe to call twice).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server.mjs');

export function serve(dir, args = []) {
  const child = spawn(process.execPath, [SERVER, dir, '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`server.mjs exited (${code}) before listening`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/listening on (http:\/\/[^/\s]+)/);
      if (!m) return;
      const exited = new Promise((done) => child.once('exit', done));
      resolve({
        url: m[1],
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
