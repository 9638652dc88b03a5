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

describe('lint keeps the layers apart', () => {
  it.each([
    ['src/renderer/src/theme.ts', "import { openStore } from '../../main/store/store';\nvoid openStore;"],
    ['src/shared/framework/levels.ts', "import { openStore } from '../../main/store/store';\nvoid openStore;"],
    ['src/shared/framework/levels.ts', "import { theme } from '../../renderer/src/theme';\nvoid theme;"],
    ['src/main/services.ts', "import { theme } from '../renderer/src/theme';\nvoid theme;"],
    ['src/main/store/store.ts', "import { addPlan } from '../plans/planService';\nvoid addPlan;"],
    [
      'src/main/store/records/recordsState.ts',
      "import { createServices } from '../../services';\nvoid createServices;",
    ],
    ['src/renderer/src/theme.ts', "import pdfMake from 'pdfmake';\nvoid pdfMake;"],
    ['src/shared/framework/levels.ts', "import ExcelJS from 'exceljs';\nvoid ExcelJS;"],
    ['src/renderer/src/theme.ts', "import { Low } from 'lowdb';\nvoid Low;"],
    ['src/shared/framework/levels.ts', "import sirv from 'sirv';\nvoid sirv;"],
    ['src/main/services.ts', "import { useState } from 'react';\nvoid useState;"],
    ['src/main/reports/cohortSummary.ts', "import { Button } from '@mantine/core';\nvoid Button;"],
    ['src/shared/framework/levels.ts', "import { useQuery } from '@tanstack/react-query';\nvoid useQuery;"],
  ])('%s may not: %s', async (file, source) => {
    expect(await importErrors(file, source)).toHaveLength(1);
  });

  it.each([
    ['src/renderer/src/theme.ts', "import { LEVEL_KEYS } from '../../shared/framework/levels';\nvoid LEVEL_KEYS;"],
    ['src/renderer/src/theme.ts', "import { Button } from '@mantine/core';\nvoid Button;"],
    ['src/main/plans/planService.ts', "import { openStore } from '../store/store';\nvoid openStore;"],
    ['src/main/store/store.ts', "import { LEVEL_KEYS } from '../../shared/framework/levels';\nvoid LEVEL_KEYS;"],
    ['src/main/reports/cohortSummary.ts', "import pdfMake from 'pdfmake';\nvoid pdfMake;"],
  ])('%s may: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
