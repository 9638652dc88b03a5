import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

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
        {
          paths: [
            { name: 'electron', message: 'Electron belongs in src/main/electron and src/preload only.' },
            {
              name: 'exceljs',
              allowTypeImports: true,
              message:
                'Load exceljs with loadExcel() (src/main/lib/loadExcel.ts): a static import costs every start 0.2 s.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/electron/**', 'src/preload/**', 'src/main/lib/loadExcel.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Code that runs in the renderer or anywhere: no Electron, no Node built-ins.
    files: ['src/shared/**', 'src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Electron belongs in src/main/electron and src/preload only.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'Node built-ins are not available in shared or renderer code.',
            })),
          ],
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
