import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/tempDir';
import { openTestApp } from '../support/testApp';

const tempDir = useTempDirs();

describe('limits a schema left unnamed', () => {
  it('are said in plain words, never in zod’s wording', async () => {
    const { fail } = await openTestApp(await tempDir());
    const long = await fail('trainees:delete', { id: 't', confirmName: 'x'.repeat(401) });
    expect(long.message).toBe('This text is too long (at most 400 characters).');
    const wrongKind = await fail('trainees:set-archived', { id: 't', archived: 'yes' as unknown as boolean });
    expect(wrongKind.message).toBe('Say whether to archive.');
    const noList = await fail('history:query', { traineeId: 't', limit: 5, kinds: 'checkoffs' as unknown as [] });
    expect(noList.message).toMatch(/^Choose what to show as a list/);
    const noText = await fail('history:query', { traineeId: 7 as unknown as string, limit: 5 });
    expect(noText.message).toBe('Choose a trainee.');
    const tooMany = await fail('reports:combine', { fileName: 'a.pdf', files: [] });
    expect(tooMany.message).toBe('Choose at least one report.');
    const unnamedShort = await fail('reports:combine', { fileName: '', files: [new Uint8Array(1)] });
    expect(unnamedShort.message).toBe('This cannot be left empty.');
    for (const message of [long.message, noList.message, unnamedShort.message])
      expect(message).not.toMatch(/Too big|Invalid input|expected/);
  });

  it('name the field a value of no accepted kind belongs to, and say when it is missing', async () => {
    const { fail } = await openTestApp(await tempDir());
    // The target date left out altogether, as a call from elsewhere than the form could do.
    const noTargetDate = {
      kind: 'assign-plan',
      frameworkId: 'f',
      targetLevel: 'emerging',
      startDate: null,
      trainer: '',
    };
    const missing = await fail('trainees:bulk-change', { traineeIds: ['t'], change: noTargetDate });
    expect(missing.message).toBe('Choose a target date, or leave it empty for none.');
    expect(missing.fields).toEqual([{ path: 'change.targetDate', message: missing.message }]);
    const wrong = await fail('trainees:bulk-change', {
      traineeIds: ['t'],
      change: {
        kind: 'assign-plan',
        frameworkId: 'f',
        targetLevel: 'emerging',
        targetDate: 5,
        startDate: null,
        trainer: '',
      },
    });
    expect(wrong.message).toBe('Target date must be a date (YYYY-MM-DD), or empty for none.');
    const noSpelling = await fail('roster:preview', {
      fileName: 'a.csv',
      bytes: new Uint8Array(1),
      acceptFileSpelling: 7,
    });
    expect(noSpelling.message).toBe('The accept file spelling is none of the kinds Trainplan accepts here.');
    for (const message of [missing.message, wrong.message, noSpelling.message])
      expect(message).not.toBe('This is none of the kinds Trainplan accepts here.');
  });
});
