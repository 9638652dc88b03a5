// npm start: the desktop app; where the Electron binary cannot be had, the browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './lib/build-if-stale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

function installedElectron(electronDir) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8');
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
  const binary = join(base, relative);
  return existsSync(binary) ? binary : null;
}

/** The Electron binary, downloading it on first use; null where the download host cannot be reached. */
function electronBinary() {
  const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const found = installedElectron(electronDir);
  if (found) return found;
  console.log('Getting the Electron desktop runtime (first start only)…');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'pipe',
    timeout: 10 * 60_000,
  });
  return result.status === 0 ? installedElectron(electronDir) : null;
}

buildIfStale(root);
const binary = electronBinary();
const child = binary
  ? spawn(binary, [root, ...args], { cwd: root, stdio: 'inherit' })
  : (console.log(
      'The Electron desktop runtime could not be downloaded here, so Trainplan starts in your browser instead (same data).',
    ),
    spawn(process.execPath, ['out/main/web.js', '--open', ...args], { cwd: root, stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
