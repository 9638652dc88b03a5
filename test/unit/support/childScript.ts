import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'trainplan');

/**
 * Bundles a test's child-process script into one plain-JS file, so each of the hundreds of children
 * the kill tests start runs in milliseconds. Returns the bundle's path.
 */
export async function bundleChildScript(entry: string, name: string): Promise<string> {
  await mkdir(CACHE, { recursive: true });
  const outfile = join(CACHE, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
