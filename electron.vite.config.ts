import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { withContentSecurityPolicy } from './src/shared/security/contentSecurityPolicy';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // Three Node entries over the same services: the Electron shell, the browser bridge and the
        // `trainplan` command line.
        input: {
          index: resolve(__dirname, 'src/main/electron/main.ts'),
          web: resolve(__dirname, 'src/main/web/cli.ts'),
          cli: resolve(__dirname, 'src/main/cli/cli.ts'),
          reportWorker: resolve(__dirname, 'src/main/reports/reportWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload can only be loaded as CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [
      react(),
      // One policy for header and meta tag: see src/shared/security/contentSecurityPolicy.ts.
      { name: 'trainplan-content-security-policy', transformIndexHtml: withContentSecurityPolicy },
    ],
  },
});
