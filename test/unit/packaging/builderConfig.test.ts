import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import type { Configuration, FileSet } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs packaging script without type declarations
import { TRAINPLAN_FUSES } from '../../../scripts/packaging/fuses.mjs';
import {
  PROJECT_ROOT,
  distConfigFile,
  fileSets,
  loadBuilderConfig,
  matches,
  packageJson,
  patternsOf,
  selectedFiles,
} from './builderConfig';

/** What the README's "Building installers" section tells people to run. */
const DIST_COMMAND = 'electron-vite build && electron-builder --config electron-builder.config.mjs';

let config: Configuration;
beforeAll(async () => {
  config = await loadBuilderConfig();
});

function targetsOf(platform: Configuration['linux'] | Configuration['win'] | Configuration['mac']): string[] {
  const target = platform?.target;
  const list = target == null ? [] : Array.isArray(target) ? target : [target];
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.target));
}

function extraResource(to: string): FileSet {
  const set = fileSets(config.extraResources).find((entry) => entry.to === to);
  if (!set?.from) throw new Error(`No extraResources entry lands in ${to}/.`);
  return set;
}

describe('electron-builder configuration', () => {
  it('is the file npm run dist builds with, and electron-builder accepts it', () => {
    expect(packageJson.scripts?.dist).toBe(DIST_COMMAND);
    expect(distConfigFile()).toBe('electron-builder.config.mjs');
    // loadBuilderConfig has already checked it against electron-builder's own schema.
    expect(config.appId).toBeTruthy();
  });

  it('names the app as package.json does', () => {
    expect(config.appId).toBe('org.trainplan.app');
    expect(config.productName).toBe(packageJson.productName);
    expect(config.executableName).toBe('trainplan');
  });

  it('builds an AppImage and a deb on Linux, an NSIS installer on Windows and a dmg on macOS', () => {
    expect(targetsOf(config.linux).sort()).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    // A deb refuses to build without a maintainer, and package.json names no author.
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^@\s]+>$/);
  });

  it('packs only the built code and package.json into the asar, never sources, tests or scripts', () => {
    expect(config.asar).toBe(true);
    const sets = fileSets(config.files);
    expect(sets).toHaveLength(1);
    const [set] = sets;
    if (!set) throw new Error('no files');
    expect(set.from ?? '.').toBe('.');
    const patterns = patternsOf(set);

    for (const built of ['out/main/index.js', 'out/main/web.js', 'out/preload/index.cjs', 'out/renderer/index.html'])
      expect(matches(PROJECT_ROOT, patterns, built), built).toBe(true);
    // Everything in the project the patterns pick (out/ is there only after a build).
    const picked = selectedFiles(PROJECT_ROOT, patterns);
    expect(picked).toContain('package.json');
    expect(picked.filter((file) => file !== 'package.json' && !file.startsWith('out/'))).toEqual([]);
    for (const source of [
      'src/main/appPaths.ts',
      'test/unit/packaging/builderConfig.test.ts',
      'scripts/packaging/fuses.mjs',
      'seeds/17-3024.00.json',
      'electron.vite.config.ts',
      'electron-builder.config.mjs',
      'tsconfig.json',
      'README.md',
    ])
      expect(matches(PROJECT_ROOT, patterns, source), source).toBe(false);
  });

  it('leaves the production dependencies’ source maps and TypeScript sources out of the asar', () => {
    const [set] = fileSets(config.files);
    // electron-builder adds the production node_modules itself; the configured exclusions then apply to them.
    const patterns = ['node_modules/**/*', ...patternsOf(set ?? {}).filter((pattern) => pattern.startsWith('!'))];
    expect(matches(PROJECT_ROOT, patterns, 'node_modules/pdfmake/js/index.js')).toBe(true);
    expect(matches(PROJECT_ROOT, patterns, 'node_modules/pdfmake/fonts/Roboto/Roboto-Regular.ttf')).toBe(true);
    expect(matches(PROJECT_ROOT, patterns, 'node_modules/zod/package.json')).toBe(true);
    expect(matches(PROJECT_ROOT, patterns, 'node_modules/pdfmake/build/pdfmake.js.map')).toBe(false);
    expect(matches(PROJECT_ROOT, patterns, 'node_modules/zod/src/v4/core/core.ts')).toBe(false);
    expect(matches(PROJECT_ROOT, patterns, 'node_modules/lowdb/lib/index.d.ts')).toBe(false);
  });

  it('ships every seed framework beside the asar', () => {
    const seeds = extraResource('seeds');
    const from = join(PROJECT_ROOT, seeds.from ?? '');
    expect(relative(PROJECT_ROOT, from)).toBe('seeds');
    const projectSeeds = readdirSync(from)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(projectSeeds.length).toBeGreaterThan(0);
    expect(selectedFiles(from, patternsOf(seeds))).toEqual(projectSeeds);
  });

  it('ships the report fonts beside the asar: pdfmake’s Roboto map and every file it names', () => {
    const fonts = extraResource('fonts');
    const from = join(PROJECT_ROOT, fonts.from ?? '');
    // The folder the reports take their fonts from in the project.
    const nodeRequire = createRequire(import.meta.url);
    expect(from).toBe(join(nodeRequire.resolve('pdfmake/fonts/Roboto.js'), '..'));
    const shipped = selectedFiles(from, patternsOf(fonts));
    expect(shipped).toContain('Roboto.js');
    const fontMap = nodeRequire(join(from, 'Roboto.js')) as Record<string, Record<string, string>>;
    const named = Object.values(fontMap).flatMap((styles) => Object.values(styles));
    expect(named).toHaveLength(4);
    for (const file of named) {
      expect(existsSync(file), file).toBe(true);
      expect(shipped).toContain(relative(from, file).split('\\').join('/'));
    }
  });

  it('sets the fuses: no running as Node, no NODE_OPTIONS, no inspector, encrypted cookies, asar only and checked', () => {
    const fuses = config.electronFuses;
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // The same settings as the stand-alone fuse script, which stays the one list of them.
    const scriptFuses = TRAINPLAN_FUSES as Record<number, boolean>;
    expect(fuses?.runAsNode).toBe(scriptFuses[FuseV1Options.RunAsNode]);
    expect(fuses?.enableNodeOptionsEnvironmentVariable).toBe(
      scriptFuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
    );
    expect(fuses?.enableNodeCliInspectArguments).toBe(scriptFuses[FuseV1Options.EnableNodeCliInspectArguments]);
    expect(fuses?.enableCookieEncryption).toBe(scriptFuses[FuseV1Options.EnableCookieEncryption]);
    expect(fuses?.enableEmbeddedAsarIntegrityValidation).toBe(
      scriptFuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
    );
    expect(fuses?.onlyLoadAppFromAsar).toBe(scriptFuses[FuseV1Options.OnlyLoadAppFromAsar]);
    // Asar integrity is only enforced when the app cannot be loaded from anywhere but the asar.
    expect(config.disableAsarIntegrity ?? false).toBe(false);
  });

  it('keeps the README’s instructions in step with the dist script, once the README has them', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = /^#+ Building installers\s*$([\s\S]*?)(?=^#+ |(?![\s\S]))/m.exec(readme)?.[1];
    if (section === undefined) return;
    expect(section).toContain('npm run dist');
    expect(section).toContain(distConfigFile());
  });
});
