import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { appRoot, appVersion, fontsDir, rendererDir, resourcesDir, seedsDir } from '../../../src/main/appPaths';
import { loadBundledFrameworks } from '../../../src/main/frameworks/bundledFrameworks';
import { useTempDirs } from '../support/tempDir';
import { PROJECT_ROOT, fileSets, loadBuilderConfig, matches, patternsOf, selectedFiles } from './builderConfig';

const tempDir = useTempDirs();

let config: Configuration;
beforeAll(async () => {
  config = await loadBuilderConfig();
});
beforeEach(() => {
  // Tests and developers may point the seeds elsewhere; here the app must find its own.
  vi.stubEnv('TRAINPLAN_SEEDS_DIR', undefined);
  return () => vi.unstubAllEnvs();
});

/** The built files the app opens from inside the asar (out/ itself exists only after a build). */
const BUILT_FILES = [
  'out/main/index.js',
  'out/main/chunks/shared.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];

/**
 * An installed app as the builder configuration lays it out: `<resources>/app.asar` (a folder here, which is
 * what Electron's file system shows the archive as) holding what `files` selects, and each extraResources
 * entry copied to `<resources>/<to>`. Electron's process.resourcesPath is `<resources>`.
 */
async function packagedLayout(): Promise<{ resources: string; asar: string }> {
  const resources = join(await tempDir(), 'resources');
  const asar = join(resources, 'app.asar');
  const [files] = fileSets(config.files);
  const filePatterns = patternsOf(files ?? {});
  for (const file of BUILT_FILES) {
    expect(matches(PROJECT_ROOT, filePatterns, file), file).toBe(true);
    await mkdir(dirname(join(asar, file)), { recursive: true });
    await writeFile(join(asar, file), '');
  }
  for (const file of selectedFiles(PROJECT_ROOT, filePatterns).filter((name) => !name.startsWith('out/'))) {
    await mkdir(dirname(join(asar, file)), { recursive: true });
    await copyFile(join(PROJECT_ROOT, file), join(asar, file));
  }
  for (const set of fileSets(config.extraResources)) {
    const from = join(PROJECT_ROOT, set.from ?? '');
    for (const file of selectedFiles(from, patternsOf(set))) {
      const to = join(resources, set.to ?? '', file);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(join(from, file), to);
    }
  }
  return { resources, asar };
}

describe('app paths in an installed app', () => {
  it('finds the app folder inside the asar from wherever the bundler put the code', async () => {
    const { asar } = await packagedLayout();
    expect(appRoot(join(asar, 'out', 'main', 'chunks'))).toBe(asar);
    expect(appRoot(join(asar, 'out', 'main'))).toBe(asar);
    expect(appVersion(asar)).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reads the seed frameworks that the builder puts beside the asar', async () => {
    const { resources, asar } = await packagedLayout();
    expect(resourcesDir(asar)).toBe(resources);
    expect(seedsDir(asar)).toBe(join(resources, 'seeds'));
    // The desktop shell may also hand over process.resourcesPath itself.
    expect(seedsDir(resources)).toBe(join(resources, 'seeds'));
    const projectSeeds = (await readdir(join(PROJECT_ROOT, 'seeds'))).filter((name) => name.endsWith('.json'));
    const frameworks = await loadBundledFrameworks(seedsDir(asar));
    expect(frameworks).toHaveLength(projectSeeds.length);
  });

  it('finds the report fonts that the builder puts beside the asar, and every file their map names', async () => {
    const { resources, asar } = await packagedLayout();
    expect(fontsDir(asar)).toBe(join(resources, 'fonts'));
    const fontMap = createRequire(import.meta.url)(join(fontsDir(asar), 'Roboto.js')) as Record<
      string,
      Record<string, string>
    >;
    const files = Object.values(fontMap).flatMap((styles) => Object.values(styles));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file.startsWith(fontsDir(asar))).toBe(true);
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('serves the renderer from inside the asar', async () => {
    const { asar } = await packagedLayout();
    expect(rendererDir(asar)).toBe(join(asar, 'out', 'renderer'));
    expect(await readdir(rendererDir(asar))).toContain('index.html');
  });
});

describe('app paths in the project', () => {
  it('are the folders the builder configuration ships from', () => {
    const from = (to: string): string => {
      const set = fileSets(config.extraResources).find((entry) => entry.to === to);
      return join(PROJECT_ROOT, set?.from ?? `(no extraResources entry for ${to})`);
    };
    expect(resourcesDir(PROJECT_ROOT)).toBe(PROJECT_ROOT);
    expect(seedsDir(PROJECT_ROOT)).toBe(from('seeds'));
    expect(fontsDir(PROJECT_ROOT)).toBe(from('fonts'));
    expect(rendererDir(PROJECT_ROOT)).toBe(join(PROJECT_ROOT, 'out', 'renderer'));
    expect(appRoot()).toBe(PROJECT_ROOT);
  });
});
