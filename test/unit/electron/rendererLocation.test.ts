import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rendererLocation } from '../../../src/main/electron/rendererLocation';

const root = join('/', 'opt', 'trainplan');
const page = join(root, 'out', 'renderer', 'index.html');

describe('where the window’s page comes from', () => {
  it('is the built page, and only that file (with any route) counts as ours', () => {
    const location = rendererLocation(root, {}, false);
    expect(location.load).toEqual({ file: page });
    expect(location.isOwnPage(`${pathToFileURL(page).href}#/trainees/1`)).toBe(true);
    expect(location.isOwnPage(`${pathToFileURL(page).href}.evil.html`)).toBe(false);
    expect(location.isOwnPage(pathToFileURL(join(root, 'out', 'renderer', 'other.html')).href)).toBe(false);
    expect(location.isOwnPage('https://example.com/')).toBe(false);
  });

  it('is the dev server when electron-vite names one, matched by origin, not by prefix', () => {
    const location = rendererLocation(root, { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false);
    expect(location.load).toEqual({ url: 'http://localhost:5173/' });
    expect(location.isOwnPage('http://localhost:5173/#/reports')).toBe(true);
    expect(location.isOwnPage('http://localhost:5173.example.com/')).toBe(false);
    expect(location.isOwnPage('http://localhost:5174/')).toBe(false);
  });

  it('ignores the variable in a packaged app, and when it is empty or not a web address', () => {
    for (const [value, packaged] of [
      ['http://localhost:5173', true],
      ['', false],
      ['file:///etc/passwd', false],
    ] as const) {
      const location = rendererLocation(root, { ELECTRON_RENDERER_URL: value }, packaged);
      expect(location.load).toEqual({ file: page });
      expect(location.isOwnPage('https://example.com/')).toBe(false);
    }
  });
});
