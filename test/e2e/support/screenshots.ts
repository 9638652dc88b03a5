import type { Page } from '@playwright/test';

const WIDTHS = [1366, 1024];

/**
 * Screenshots of the page as it is now at the widths the README promises (1366 and 1024 px, 768 high),
 * saved as `<folder>/<name>-<width>.png` to be looked at; the window is then put back to the tests' size.
 */
export async function screenshotsAtBothWidths(page: Page, folder: string, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 768 });
    await page.screenshot({ path: `${folder}/${name}-${String(width)}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 860 });
}
