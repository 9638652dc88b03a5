import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding our package.json: the project when run from out/, the app folder when packaged.
 * Found by walking up, because the bundler may move this code into a shared chunk at any depth.
 */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Trainplan cannot find its own folder (no package.json above it).');
    dir = parent;
  }
  return dir;
}

export function seedsDir(root = appRoot()): string {
  return process.env.TRAINPLAN_SEEDS_DIR ?? join(root, 'seeds');
}

export function rendererDir(root = appRoot()): string {
  return join(root, 'out', 'renderer');
}

export function appVersion(root = appRoot()): string {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
