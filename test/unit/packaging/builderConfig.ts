import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type { Configuration, FileSet } from 'electron-builder';

/**
 * The packaging configuration as electron-builder itself reads it, and its own file matching, so that the
 * tests check what the builder would do rather than a copy of its rules. Both come from app-builder-lib,
 * found through electron-builder (our devDependency) wherever npm put it.
 */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');

interface PackageJson {
  productName?: string;
  scripts?: Record<string, string>;
}

export const packageJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as PackageJson;

interface ConfigModule {
  getConfig(projectDir: string, configPath: string, configFromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
}
interface BuilderUtil {
  DebugLogger: new (isEnabled: boolean) => unknown;
  setPrinter(printer: ((message: string) => void) | null): void;
}
/** electron-builder's filter only asks a file's stat whether it is a folder. */
type Filter = (file: string, stat: { isDirectory(): boolean }) => boolean;
interface FileMatcherModule {
  FileMatcher: new (
    from: string,
    to: string,
    macroExpander: (pattern: string) => string,
    patterns: string[],
  ) => { createFilter(): Filter };
}

const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const libRequire = createRequire(builderRequire.resolve('app-builder-lib'));
const configModule = libRequire('./util/config/config') as ConfigModule;
const fileMatcherModule = libRequire('./fileMatcher') as FileMatcherModule;
const builderUtil = libRequire('builder-util') as BuilderUtil;

/** The configuration file that `npm run dist` hands to electron-builder. */
export function distConfigFile(): string {
  const file = /--config[= ](\S+)/.exec(packageJson.scripts?.dist ?? '')?.[1];
  if (!file) throw new Error('npm run dist does not name an electron-builder configuration file.');
  return file;
}

/** Loads the configuration the way `electron-builder` does and checks it against the builder's own schema. */
export async function loadBuilderConfig(): Promise<Configuration> {
  builderUtil.setPrinter(() => undefined);
  try {
    const config = await configModule.getConfig(PROJECT_ROOT, distConfigFile(), null);
    await configModule.validateConfiguration(config, new builderUtil.DebugLogger(false));
    return config;
  } finally {
    builderUtil.setPrinter(null);
  }
}

/** `files` or `extraResources` as file sets, whichever of electron-builder's shorthands was used. */
export function fileSets(value: Configuration['files']): FileSet[] {
  const list = value == null ? [] : Array.isArray(value) ? value : [value];
  return list.map((entry) => (typeof entry === 'string' ? { filter: [entry] } : entry));
}

export function patternsOf(set: FileSet): string[] {
  return set.filter == null ? [] : Array.isArray(set.filter) ? set.filter : [set.filter];
}

/** electron-builder's filter for a file set, for paths under `from`. */
function filterFor(from: string, patterns: string[]): Filter {
  return new fileMatcherModule.FileMatcher(from, '', (pattern) => pattern, patterns).createFilter();
}

const FILE = { isDirectory: () => false };

/** Whether a path (relative to `from`, with `/`) passes the patterns, the file need not exist. */
export function matches(from: string, patterns: string[], relativePath: string): boolean {
  return filterFor(from, patterns)(join(from, ...relativePath.split('/')), FILE);
}

/**
 * The files under `from` that the patterns select, relative and with `/`, walked as the builder walks:
 * a folder is entered only when the patterns could match something inside it.
 */
export function selectedFiles(from: string, patterns: string[]): string[] {
  const filter = filterFor(from, patterns);
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (!filter(path, stat)) continue;
      if (stat.isDirectory()) walk(path);
      else found.push(relative(from, path).split(sep).join('/'));
    }
  };
  walk(from);
  return found.sort();
}
