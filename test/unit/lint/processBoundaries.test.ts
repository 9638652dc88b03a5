import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const keep = 1;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint keeps each process’s APIs in its own files', () => {
  it.each([
    ['src/shared/framework/levels.ts', "import { app } from 'electron';\nvoid app;"],
    ['src/renderer/src/theme.ts', "import { app } from 'electron';\nvoid app;"],
    ['src/main/services.ts', "import { app } from 'electron';\nvoid app;"],
    ['src/shared/framework/levels.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;"],
    ['src/renderer/src/theme.ts', "import { join } from 'path';\nvoid join;"],
  ])('%s may not: %s', async (file, source) => {
    expect(await importErrors(file, source)).toHaveLength(1);
  });

  it.each([
    ['src/main/electron/main.ts', "import { app } from 'electron';\nvoid app;"],
    ['src/preload/index.ts', "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;"],
    ['src/main/services.ts', "import { join } from 'node:path';\nvoid join;"],
  ])('%s may: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
