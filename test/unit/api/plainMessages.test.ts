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
});
