import { describe, expect, it } from 'vitest';
import { decodeAnswer } from '../../../src/shared/api/wire';
import { newFrameworkText, seedJson } from '../../fixtures/frameworkFiles';
import { TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

async function bridgeWithOneTrainee() {
  const client = await startTestBridge(await tempDir(), await tempDir());
  const created = await client.call('trainees:create', TRAINEE);
  expect(created.ok).toBe(true);
  const exported = (await client.call('data:export', {})) as { value: { text: string } };
  return { ...client, exported: exported.value.text };
}

/** The export with its trainee line changed by `poison` (raw text, so keys JSON.parse keeps survive). */
function poisoned(text: string, poison: (traineeLine: string) => string): string {
  const lines = text.trim().split('\n');
  lines[1] = poison(lines[1] ?? '');
  return `${lines.join('\n')}\n`;
}

const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('depth and shape limits at every entry', () => {
  it('refuses a data import whose history event holds 2,500 nested objects, and changes nothing', async () => {
    const { call, exported } = await bridgeWithOneTrainee();
    const text = poisoned(exported, (line) => line.replace('"after":{', `"after":{"deep":${deep(2500)},`));
    for (const name of ['data:check-import', 'data:import']) {
      const answer = await call(name, { fileName: 'deep.jsonl', text });
      expect(answer.ok).toBe(false);
      expect(answer.error?.message).toMatch(
        /^“deep\.jsonl” is not a Trainplan data export: Trainee 1 is nested more than 64 levels deep \(at history\[0\]\.after\.deep\.a\.a/,
      );
    }
    const list = (await call('trainees:list', {})) as { value: { fullName: string }[] };
    expect(list.value.map((row) => row.fullName)).toEqual([TRAINEE.fullName]);
  });

  it('refuses a request nested deeper than 64 levels before anything walks it', async () => {
    const { call } = await startTestBridge(await tempDir(), await tempDir());
    const answer = await call('trainees:create', { ...TRAINEE, notes: JSON.parse(deep(70)) as unknown });
    expect(answer.ok).toBe(false);
    expect(answer.error?.message).toMatch(/^The request is nested more than 64 levels deep \(at notes(\.a)+\)\.$/);
  });

  it('refuses a framework file nested thousands deep with a plain message', async () => {
    const { call } = await startTestBridge(await tempDir(), await tempDir());
    const doc = seedJson('51-8099.00') as { sources: Record<string, unknown> };
    const text = JSON.stringify(doc).replace('"sources":{', `"sources":{"deep":${deep(3000)},`);
    const answer = await call('frameworks:import', { fileName: 'deep.json', text });
    expect(answer.ok).toBe(false);
    expect(JSON.stringify(answer)).toContain('The file is nested more than 64 levels deep (at sources.deep.a');
  });
});

describe('no silent drops: "__proto__" keys are refused, saying where', () => {
  it.each([
    [
      "a plan's check-offs",
      (line: string) => line.replace('"checkoffs":{', '"checkoffs":{"__proto__":{"achievedOn":"2026-01-01"},'),
      'Trainee 1 has a key named “__proto__” (in doc.plans[0].checkoffs)',
    ],
    [
      "an event's before",
      (line: string) => line.replace('"before":null', '"before":{"__proto__":{"x":1}}'),
      'Trainee 1 has a key named “__proto__” (in history[',
    ],
  ])('in %s of a data import', async (_where, poison, message) => {
    const client = await bridgeWithOneTrainee();
    // The trainee needs a plan with check-offs for the first case.
    const list = (await client.call('trainees:list', {})) as { value: { id: string }[] };
    const traineeId = list.value[0]?.id ?? '';
    const plan = (await client.call('plans:assign', {
      traineeId,
      frameworkId: '51-8099.00@v.26.05',
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-09-01',
    })) as { value: { planId: string } };
    await client.call('checkoffs:set', {
      planId: plan.value.planId,
      changes: [{ statementId: 'emerging.1', checkoff: { achievedOn: '2026-10-01', assessor: 'A', note: '' } }],
    });
    const text = poisoned(((await client.call('data:export', {})) as { value: { text: string } }).value.text, poison);
    expect(text).toContain('__proto__');
    const answer = await client.call('data:import', { fileName: 'proto.jsonl', text });
    expect(answer.ok).toBe(false);
    expect(answer.error?.message).toContain(message);
  });

  it("in a framework's sources", async () => {
    const { call } = await startTestBridge(await tempDir(), await tempDir());
    const text = newFrameworkText().replace('"sources": {', '"sources": {\n    "__proto__": "sneaky",');
    expect(text).toContain('__proto__');
    const answer = await call('frameworks:import', { fileName: 'proto.json', text });
    expect(answer.ok).toBe(false);
    expect(JSON.stringify(answer)).toContain('The file has a key named “__proto__” (in sources)');
  });
});

describe('wire encoding never touches file contents', () => {
  it('keeps a framework source that looks like { $bytes } as the text it is', async () => {
    const { call } = await startTestBridge(await tempDir(), await tempDir());
    const text = newFrameworkText().replace('"sources": {', '"sources": {\n    "$bytes": "AAAA",');
    const imported = (await call('frameworks:import', { fileName: 'bytes.json', text })) as {
      ok: boolean;
      value: { id: string };
    };
    expect(imported.ok).toBe(true);
    const answer = decodeAnswer('frameworks:get', await call('frameworks:get', { id: imported.value.id })) as {
      value: { sources: Record<string, unknown> };
    };
    expect(answer.value.sources.$bytes).toBe('AAAA');
  });
});

describe('framework files that are not UTF-8', () => {
  it('refuses text that was decoded with replacement characters', async () => {
    const { call } = await startTestBridge(await tempDir(), await tempDir());
    const text = newFrameworkText({ title: 'Machinists \uFFFD Fran\uFFFDois' });
    const answer = await call('frameworks:import', { fileName: 'cp1252.json', text });
    expect(answer.ok).toBe(false);
    expect(JSON.stringify(answer)).toContain('is not UTF-8 text');
  });
});
