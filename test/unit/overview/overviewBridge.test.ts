import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATRIX_SORT } from '../../../src/shared/overview/matrix';
import { NO_FILTER } from '../../../src/shared/trainees/traineeFilter';
import { PLANT } from '../support/ids';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

describe('the manager’s views through the HTTP bridge', () => {
  it('answer bad input with a message in words, and still answer afterwards', async () => {
    const dir = await tempDir();
    const { call } = await startTestBridge(join(dir, 'data'), join(dir, 'renderer'));
    const matrix = (input: Record<string, unknown>) =>
      call('overview:framework-matrix', { frameworkId: PLANT, filter: NO_FILTER, sort: DEFAULT_MATRIX_SORT, ...input });
    const drill = (figure: unknown) => call('overview:drill', { filter: NO_FILTER, figure });
    const cases: [Promise<{ ok: boolean; error?: { message: string } }>, RegExp][] = [
      [matrix({ frameworkId: '' }), /Choose a framework/],
      [matrix({ frameworkId: 'no-such@v1' }), /not in the library/],
      [matrix({ sort: { key: 'shoe size', column: null, direction: 'asc' } }), /Expected one of “name”, “team”/],
      [matrix({ sort: { ...DEFAULT_MATRIX_SORT, column: 'x'.repeat(5000) } }), /too long/],
      [matrix({ filter: { ...NO_FILTER, team: 'y'.repeat(5000) } }), /too long/],
      [matrix({ filter: { ...NO_FILTER, includeArchived: 'yes' } }), /Expected yes or no/],
      [matrix({ extra: 1 }), /does not know the field “extra”/],
      [drill({ kind: 'month', month: '2026-13' }), /Choose a month as YYYY-MM/],
      [drill({ kind: 'due', days: 45 }), /none of the kinds/],
      [drill({ kind: '__proto__' }), /none of the kinds/],
      [drill(null), /Expected a set of fields/],
      [call('overview:cell', { traineeId: 'nobody', planId: 'p', statementId: 'emerging.1' }), /not in Trainplan/],
      [call('overview:dashboard', { filter: { ...NO_FILTER, status: 'sleeping' } }), /Expected one of “met”/],
      [call('overview:dashboard', {}), /Expected a set of fields/],
    ];
    for (const [answer, message] of cases) {
      const result = await answer;
      expect(result.ok).toBe(false);
      expect(result.error?.message).toMatch(message);
      // Words, not a stack trace or a zod dump.
      expect(result.error?.message).not.toMatch(/at .*\.ts:\d+|ZodError|invalid_type|Too big: expected/);
    }
    const fine = await call('overview:dashboard', { filter: NO_FILTER });
    expect(fine.ok).toBe(true);
  });
});
