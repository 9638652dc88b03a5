import { describe, expect, it } from 'vitest';
import { encodeForWire } from '../../../src/shared/api/wire';
import { csv } from '../roster/rosterFiles';
import { TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

const MARKS = /contains invisible direction marks \(pasted from another program\?\): remove them\./;
const INVISIBLE = /contains an invisible character \(pasted from another program\?\): type it again\./;

async function bridge() {
  const client = await startTestBridge(await tempDir(), await tempDir());
  const list = async () =>
    ((await client.call('trainees:list', {})) as { value: { fullName: string; employeeId: string | null }[] }).value;
  const created = (await client.call('trainees:create', TRAINEE)) as { ok: boolean; value: { id: string } };
  expect(created.ok).toBe(true);
  return { ...client, list, id: created.value.id };
}

describe('badge IDs and names that look the same as another are not two different things (issue 17, A)', () => {
  it.each([
    ['a zero-width space', 'B-1001\u200b', INVISIBLE],
    ['a word joiner', '\u2060B-1001', INVISIBLE],
    ['a left-to-right mark', 'B-1001\u200e', MARKS],
    ['a right-to-left mark', '\u200fB-1001', MARKS],
    ['an Arabic letter mark', 'B-1001\u061c', MARKS],
    ['full-width letters', 'Ｂ-１００１', /already/],
    ['another case and a trailing space', 'b-1001 ', /already/],
  ])('trainees:create and trainees:update refuse “B-1001” with %s', async (_what, badge, message) => {
    const { call, list, id } = await bridge();
    const before = await list();
    const refused = await call('trainees:create', { ...TRAINEE, fullName: 'Cara Lind', employeeId: badge });
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toMatch(message);
    const other = (await call('trainees:create', { ...TRAINEE, fullName: 'Cara Lind', employeeId: 'C-1' })) as {
      value: { id: string };
    };
    const update = await call('trainees:update', {
      ...TRAINEE,
      id: other.value.id,
      fullName: 'Cara Lind',
      employeeId: badge,
    });
    expect(update.ok).toBe(false);
    expect(update.error?.message).toMatch(message);
    expect((await list()).map((t) => t.employeeId).sort()).toEqual([...before.map((t) => t.employeeId), 'C-1'].sort());
    expect(id).toBeTruthy();
  });

  it.each([
    ['fullName', 'Ana\u200eSilva', /^Full name contains invisible direction marks/],
    ['fullName', 'Ana\u200bSilva', /^Full name contains an invisible character/],
    ['team', 'Line\ufeff 1', /^Team or department contains an invisible character/],
    ['site', 'Leeds\u2060', /^Site contains an invisible character/],
    ['trainer', 'Maria\u061c Keane', /^Trainer contains invisible direction marks/],
  ])('refuses %s %j in words', async (field, value, message) => {
    const { call } = await bridge();
    const refused = await call('trainees:create', { ...TRAINEE, employeeId: '', [field]: value });
    expect(refused.error?.message).toMatch(message);
  });

  it('keeps the zero-width joiner and non-joiner that Persian and Indic names need', async () => {
    const { call, list } = await bridge();
    for (const fullName of ['می\u200cخواهم', 'क्\u200dष']) {
      const created = await call('trainees:create', { ...TRAINEE, employeeId: '', fullName });
      expect(created.ok, fullName).toBe(true);
    }
    expect((await list()).map((t) => t.fullName)).toContain('می\u200cخواهم');
  });

  it('a roster row whose badge only looks like a recorded one is the recorded trainee or is refused', async () => {
    const { call, list } = await bridge();
    const before = await list();
    const file = csv(`Name,Badge,Team\r\nZed One,B-1001\u200b,X\r\nZed Two,Ｂ-1001,X\r\n`);
    const answer = (await call('roster:preview', encodeForWire(file))) as {
      ok: boolean;
      value: {
        rows: { row: number; action: string }[];
        counts: { add: number };
        problems: { row: number; message: string }[];
      };
    };
    expect(answer.ok).toBe(true);
    expect(answer.value.counts.add).toBe(0);
    expect(answer.value.problems.find((p) => p.row === 2)?.message).toMatch(INVISIBLE);
    expect(answer.value.rows.find((r) => r.row === 3)?.action).not.toBe('add');
    const imported = await call('roster:import', encodeForWire({ ...file, existing: 'skip' }));
    expect(imported.ok).toBe(true);
    expect(await list()).toEqual(before);
  });
});
