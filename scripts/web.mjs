// npm run web [-- --port N --data-dir DIR --open]: Trainplan in a browser, same services and data folder.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './lib/build-if-stale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
buildIfStale(root);
const child = spawn(process.execPath, ['out/main/web.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
