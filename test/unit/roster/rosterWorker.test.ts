import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeForWire } from '../../../src/shared/api/wire';
import { hrWorkbook } from '../../fixtures/rosterWorkbooks';
import { recordsState } from '../support/folderState';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const PEOPLE = 20_000;

type Answer = { ok: boolean; value?: unknown; error?: { message: string } };

/** Asks for the roster's progress until it says a roster is being read or checked. */
async function untilBusy(call: (name: string, input: unknown) => Promise<Answer>): Promise<unknown> {
  for (;;) {
    const answer = await call('roster:progress', {});
    if (answer.value !== null) return answer.value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a big workbook of people, through the HTTP bridge', () => {
  it('is read off the thread that answers calls: a list asked for meanwhile is answered first', async () => {
    const dataDir = await tempDir();
    const { call, app } = await startTestBridge(dataDir, join(await tempDir(), 'renderer'));
    await app.backupsSettled();
    const bytes = await hrWorkbook(PEOPLE);
    const order: string[] = [];
    const preview = call('roster:preview', encodeForWire({ fileName: 'hr.xlsx', bytes })).then((answer) => {
      order.push('preview');
      return answer;
    });
    // Ordering, not timing: once the preview is under way, a list call issued then comes back before it.
    const busy = await Promise.race([untilBusy(call), preview.then(() => 'preview finished first')]);
    expect(busy).toMatchObject({ stage: 'reading' });
    const list = await call('trainees:list', {});
    order.push('list');
    expect(list).toEqual({ ok: true, value: [] });
    const answer = await preview;
    expect(answer.ok).toBe(true);
    expect((answer.value as { totalRows: number }).totalRows).toBe(PEOPLE);
    expect(order).toEqual(['list', 'preview']);
    expect(await call('roster:progress', {})).toEqual({ ok: true, value: null });
  }, 60_000);

  it('stops when the trainer cancels, changes nothing, and the next preview is made as usual', async () => {
    const dataDir = await tempDir();
    const { call, app } = await startTestBridge(dataDir, join(await tempDir(), 'renderer'));
    await app.backupsSettled();
    const before = await recordsState(dataDir);
    const bytes = await hrWorkbook(PEOPLE);
    const imported = call('roster:import', encodeForWire({ fileName: 'hr.xlsx', bytes, existing: 'update' }));
    await Promise.race([untilBusy(call), imported]);
    expect(await call('roster:cancel', {})).toEqual({ ok: true, value: { cancelled: true } });
    expect(await imported).toMatchObject({
      ok: false,
      error: { message: 'The import was cancelled. Nothing was changed.' },
    });
    expect(await call('roster:cancel', {})).toEqual({ ok: true, value: { cancelled: false } });
    expect(await recordsState(dataDir)).toEqual(before);
    expect(await call('trainees:list', {})).toEqual({ ok: true, value: [] });
    const small = await call('roster:preview', encodeForWire({ fileName: 'hr.xlsx', bytes: await hrWorkbook(3) }));
    expect((small.value as { totalRows: number }).totalRows).toBe(3);
  }, 60_000);
});
