import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/*
 * Layering: which folder may import which. Flat config does not merge one rule's options across blocks,
 * so each block below lists every restriction that holds for its files; test/unit/lint proves each bites.
 */
const electronOnlyThere = { name: 'electron', message: 'Electron belongs in src/main/electron and src/preload only.' };
const mainOnlyLibraries = ['pdfmake', 'exceljs', 'lowdb', 'sirv'].map((name) => ({
  group: [name, `${name}/*`],
  message: `${name} runs in the main process only (src/main).`,
}));
const rendererOnlyLibraries = {
  group: ['react', 'react-dom', 'react-dom/*', 'react-router', '@mantine/*', '@tanstack/*'],
  message: 'React, Mantine and the query cache belong in src/renderer only.',
};
const noMainCode = {
  group: ['**/main/**'],
  message: 'The main process is reached through the API (src/shared/api), not imported.',
};
const noRendererCode = {
  group: ['**/renderer/**'],
  message: 'Window code belongs to the renderer; share it through src/shared.',
};
const DOMAIN_FOLDERS = [
  'checkoffs',
  'exports',
  'frameworks',
  'history',
  'overview',
  'plans',
  'reports',
  'roster',
  'settings',
  'signoff',
  'trainees',
  'versions',
];
const noDomainServices = {
  group: [
    ...DOMAIN_FOLDERS.flatMap((folder) => [`../${folder}/*`, `../../${folder}/*`]),
    '../services',
    '../../services',
    '../serviceContext',
    '../../serviceContext',
  ],
  message: 'The store keeps records; it never calls the services that use it.',
};
const exceljsLoadedLate = {
  name: 'exceljs',
  allowTypeImports: true,
  message: 'Load exceljs with loadExcel() (src/main/lib/loadExcel.ts): a static import costs every start 0.2 s.',
};

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Electron belongs in src/main/electron and src/preload only.' }] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/main/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronOnlyThere, exceljsLoadedLate], patterns: [rendererOnlyLibraries, noRendererCode] },
      ],
    },
  },
  {
    files: ['src/main/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyThere, exceljsLoadedLate],
          patterns: [rendererOnlyLibraries, noRendererCode, noDomainServices],
        },
      ],
    },
  },
  {
    files: ['src/main/electron/**', 'src/preload/**', 'src/main/lib/loadExcel.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Code that runs in the renderer or anywhere: no Electron, no Node built-ins, nothing of the main process.
    files: ['src/shared/**', 'src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnlyThere,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'Node built-ins are not available in shared or renderer code.',
            })),
          ],
          patterns: [...mainOnlyLibraries, noMainCode],
        },
      ],
    },
  },
  {
    // Shared code runs on both sides, so it imports neither side, nor the window's libraries.
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnlyThere,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'Node built-ins are not available in shared or renderer code.',
            })),
          ],
          patterns: [...mainOnlyLibraries, noMainCode, noRendererCode, rendererOnlyLibraries],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  prettier,
);
