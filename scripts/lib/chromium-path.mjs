import { fileURLToPath } from 'node:url';

/** Where ensure-browser.mjs records the Chromium it found, for playwright.config.ts to read. */
export const CHROMIUM_PATH_FILE = fileURLToPath(
  new URL('../../node_modules/.cache/trainplan/chromium-path', import.meta.url),
);
