import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../src/main/store/dataDir';

describe('data folder', () => {
  it('matches Electron’s userData folder for “Trainplan” on each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Trainplan');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Trainplan');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Trainplan');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toContain(
      'Trainplan',
    );
  });

  it('takes --data-dir over TRAINPLAN_DATA_DIR over the default', () => {
    const env = { TRAINPLAN_DATA_DIR: '/from/env' };
    expect(resolveDataDir(['--data-dir', '/from/flag'], env, () => '/default')).toBe(resolve('/from/flag'));
    expect(resolveDataDir(['--data-dir=/eq/flag'], env, () => '/default')).toBe(resolve('/eq/flag'));
    expect(resolveDataDir([], env, () => '/default')).toBe(resolve('/from/env'));
    expect(resolveDataDir([], {}, () => '/default')).toBe('/default');
    expect(resolveDataDir([], { TRAINPLAN_DATA_DIR: '  ' }, () => '/default')).toBe('/default');
  });
});
