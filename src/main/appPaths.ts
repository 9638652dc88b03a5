import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding our package.json: the project when run from out/, app.asar when packaged.
 * Found by walking up, because the bundler may move this code into a shared chunk at any depth.
 */
export function appRoot(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Trainplan cannot find its own folder (no package.json above it).');
    dir = parent;
  }
  return dir;
}

/**
 * Where the files shipped beside the code (the packager's extraResources) are. Packaged, the code is in
 * `<resources>/app.asar` and they are in `<resources>` itself (Electron's process.resourcesPath); in the
 * project they are in the project folder, or under node_modules for fonts.
 */
export function resourcesDir(root = appRoot()): string {
  return basename(root).endsWith('.asar') ? dirname(root) : root;
}

function isPackaged(root: string): boolean {
  return resourcesDir(root) !== root;
}

export function seedsDir(root = appRoot()): string {
  return process.env.TRAINPLAN_SEEDS_DIR ?? join(resourcesDir(root), 'seeds');
}

/** The report fonts: pdfmake's Roboto (a Roboto.js font map and a Roboto folder of TTF files). */
export function fontsDir(root = appRoot()): string {
  return isPackaged(root) ? join(resourcesDir(root), 'fonts') : join(root, 'node_modules', 'pdfmake', 'fonts');
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
