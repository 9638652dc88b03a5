import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../../../scripts/lib/build-if-stale.mjs';
import { importsOf } from '../support/builtImports';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Libraries only a report, an export or an import needs, with what loading them at start cost (measured
 * 2026-11-30): pdf-lib 0.17 s, fontkit 0.23 s, exceljs 0.2 s and 14 MB. They load in the report worker or
 * on first use, so opening Trainplan on 10,000 trainees does not wait for them.
 */
const NOT_AT_START = ['pdf-lib', '@pdf-lib/fontkit', 'pdfmake', 'exceljs'];

describe('what Trainplan loads when it starts', () => {
  beforeAll(() => buildIfStale(ROOT), 240_000);

  it.each(['web.js', 'index.js'])('out/main/%s loads no PDF or spreadsheet library', async (entry) => {
    const imports = await importsOf(join(ROOT, 'out', 'main', entry));
    expect([...imports].some((spec) => spec.startsWith('./chunks/'))).toBe(true);
    expect(
      [...imports].filter((spec) => NOT_AT_START.some((lib) => spec === lib || spec.startsWith(`${lib}/`))),
    ).toEqual([]);
  });

  it('the report worker does load them, so the check above looks at real imports', async () => {
    const imports = await importsOf(join(ROOT, 'out', 'main', 'reportWorker.js'));
    expect(imports).toContain('pdf-lib');
  });
});
