import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

const ENTRY = 'reportWorker';

/**
 * Starts the report worker, from wherever this code runs. The one place that knows the two layouts:
 *
 * - Built by electron-vite (desktop app, browser mode): `out/main/reportWorker.js`, an entry of its own
 *   (electron.vite.config.ts). This file is bundled into `out/main/` or `out/main/chunks/`, so the entry
 *   is beside it or one folder up.
 * - From the TypeScript sources (vitest, `tsx` scripts): `reportWorker.ts` beside this file. Node 20 does
 *   not hand tsx's loader on to a worker thread (tsx registers itself on the main thread only, and
 *   `--import tsx` in the worker's execArgv does not change that), so a two-line bootstrap registers
 *   tsx inside the worker first and then imports the entry.
 */
export function startReportWorker(resourceLimits: ResourceLimits): Worker {
  const here = import.meta.url;
  if (fileURLToPath(here).endsWith('.ts')) {
    const entry = new URL(`./${ENTRY}.ts`, here).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(bootstrap, { eval: true, execArgv: [], resourceLimits });
  }
  const built = [`./${ENTRY}.js`, `../${ENTRY}.js`].map((path) => new URL(path, here)).find((url) => existsSync(url));
  if (!built) throw new Error(`The report worker (${ENTRY}.js) is missing beside ${fileURLToPath(here)}.`);
  return new Worker(built, { resourceLimits });
}
