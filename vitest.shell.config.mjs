import { defineConfig } from 'vitest/config';

/**
 * The desktop shell's tests again, against what electron-vite built (out/main/index.js, out/preload/index.cjs)
 * instead of the sources: bundling moves code into chunks and changes the paths it computes. Runs after
 * `npm run build` (`npm run test:shell`); `electron` is a fake here as in the unit tests. A .mjs file
 * because it belongs to no tsconfig, which the type-aware lint requires of TypeScript files.
 */
export default defineConfig({
  test: {
    include: ['test/unit/electron/shell/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    env: { TRAINPLAN_SHELL_TARGET: 'built' },
  },
});
