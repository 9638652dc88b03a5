// Finds or gets a Chromium for the end-to-end tests, and records its path for playwright.config.ts.
// Order: one named in TRAINPLAN_CHROMIUM, Playwright's own, a system Chromium, Playwright's download,
// then Debian's package when running as root on Debian. Never skips the tests silently: it fails loudly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH_FILE } from './lib/chromium-path.mjs';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightsOwn() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function systemChromium() {
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path)) ?? null;
}

function tryPlaywrightDownload() {
  console.log('Downloading Playwright’s Chromium…');
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 10 * 60_000 });
  return result.status === 0 ? playwrightsOwn() : null;
}

function tryDebianPackage() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (
    process.platform !== 'linux' ||
    !isRoot ||
    !existsSync('/usr/bin/apt-get') ||
    !existsSync('/etc/debian_version')
  ) {
    return null;
  }
  console.log('Installing Debian’s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  return systemChromium();
}

function found(path, how) {
  mkdirSync(dirname(CHROMIUM_PATH_FILE), { recursive: true });
  writeFileSync(CHROMIUM_PATH_FILE, path);
  console.log(`End-to-end tests use ${how}: ${path}`);
  process.exit(0);
}

const named = process.env.TRAINPLAN_CHROMIUM;
if (named) {
  if (existsSync(named)) found(named, 'TRAINPLAN_CHROMIUM');
  console.error(`TRAINPLAN_CHROMIUM is set to ${named}, but there is no such file.`);
  process.exit(1);
}
const path = playwrightsOwn() ?? systemChromium();
if (path) found(path, 'Chromium');
const downloaded = tryPlaywrightDownload();
if (downloaded) found(downloaded, 'Playwright’s Chromium');
const debian = tryDebianPackage();
if (debian) found(debian, 'Debian’s Chromium');
console.error(
  [
    'No Chromium for the end-to-end tests, and none could be installed.',
    'Get one of these, then run npm test again:',
    '  npx playwright install chromium        (needs access to Playwright’s download host)',
    '  sudo apt-get install chromium           (Debian/Ubuntu)',
    '  TRAINPLAN_CHROMIUM=/path/to/chrome      (any Chromium or Chrome you already have)',
  ].join('\n'),
);
process.exit(1);
