import { describe, expect, it } from 'vitest';
import { encodeForWire } from '../../../src/shared/api/wire';
import { csv } from '../roster/rosterFiles';
import { PLANT } from '../support/ids';
import { TRAINEE } from '../support/testApp';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

const LONE = '\ud83d'; // the first half of an emoji, without its second half
const RLO = '\u202e'; // right-to-left override: "Ana\u202eavliS" shows as "AnaSilva" backwards
const LSEP = '\u2028'; // line separator: breaks the line in a PDF

const BROKEN = /contains a broken character \(half of a symbol or emoji\): type it again\./;
const MARKS = /contains invisible direction marks \(pasted from another program\?\): remove them\./;
const ONE_LINE = /must be a single line of ordinary text\./;

async function bridge() {
  const client = await startTestBridge(await tempDir(), await tempDir());
  const names = async () =>
    ((await client.call('trainees:list', {})) as { value: { fullName: string }[] }).value.map((t) => t.fullName);
  return { ...client, names };
}

describe('one text rule for every name-like field, through the HTTP bridge (item 9)', () => {
  it.each([
    ['fullName', `Ana ${LONE}Silva`, /^Full name contains a broken character/],
    ['employeeId', `B-1${LONE}`, /^Employee or badge ID contains a broken character/],
    ['team', `${LONE}Line 1`, /^Team or department contains a broken character/],
    ['site', `Leeds${LONE}`, /^Site contains a broken character/],
    ['trainer', `Maria${LONE}`, /^Trainer contains a broken character/],
    ['fullName', `Ana${RLO}avliS`, /^Full name contains invisible direction marks/],
    ['trainer', `Maria\u2066Keane`, /^Trainer contains invisible direction marks/],
    ['fullName', `Ana${LSEP}Silva`, /^Full name must be a single line of ordinary text\./],
    ['notes', `Good start${LONE}`, /^Notes contains a broken character/],
    ['notes', `Left to right${RLO}`, /^Notes contains invisible direction marks/],
  ])('trainees:create and trainees:update refuse %s %j', async (field, value, message) => {
    const { call, names } = await bridge();
    const created = (await call('trainees:create', TRAINEE)) as { value: { id: string } };
    const refused = await call('trainees:create', { ...TRAINEE, employeeId: '', [field]: value });
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toMatch(message);
    const update = await call('trainees:update', { ...TRAINEE, id: created.value.id, [field]: value });
    expect(update.ok).toBe(false);
    expect(update.error?.message).toMatch(message);
    expect(await names()).toEqual([TRAINEE.fullName]);
  });

  it('notes and evidence notes may hold line breaks; an assessor or evidence note may not hold a broken character', async () => {
    const { call } = await bridge();
    const created = (await call('trainees:create', { ...TRAINEE, notes: 'Line one\nLine two' })) as {
      ok: boolean;
      value: { id: string };
    };
    expect(created.ok).toBe(true);
    const plan = (await call('plans:assign', {
      traineeId: created.value.id,
      frameworkId: PLANT,
      targetLevel: 'developing',
      targetDate: null,
      startDate: '2026-09-01',
    })) as { value: { planId: string } };
    const tick = (checkoff: Record<string, string>) =>
      call('checkoffs:set', {
        planId: plan.value.planId,
        changes: [
          {
            statementId: 'emerging.1',
            checkoff: { achievedOn: '2026-10-01', assessor: 'Maria Keane', note: '', ...checkoff },
          },
        ],
      });
    expect((await tick({ assessor: `Maria${RLO}` })).error?.message).toMatch(MARKS);
    expect((await tick({ assessor: `Maria${LONE}` })).error?.message).toMatch(BROKEN);
    expect((await tick({ note: `Seen on line 2${LONE}` })).error?.message).toMatch(BROKEN);
    expect((await tick({ note: 'Seen on line 2\nand on line 3' })).ok).toBe(true);
  });

  it('a roster row with a direction mark or a line separator in a name is refused, saying which', async () => {
    const { call } = await bridge();
    const file = csv(
      `Name,Badge,Team\r\nAna${RLO}avliS,B-1,Line 1\r\nBen${LSEP}Okafor,B-2,Line 1\r\nCara Lind,B-3,Line 1\r\n`,
    );
    const answer = (await call('roster:preview', encodeForWire(file))) as {
      ok: boolean;
      value: { counts: { add: number; refuse: number }; problems: { row: number; message: string }[] };
    };
    expect(answer.ok).toBe(true);
    expect(answer.value.counts).toMatchObject({ add: 1, refuse: 2 });
    expect(answer.value.problems.find((p) => p.row === 2)?.message).toMatch(MARKS);
    expect(answer.value.problems.find((p) => p.row === 3)?.message).toMatch(ONE_LINE);
  });

  it('a data import with such a name is refused before anything is replaced', async () => {
    const { call, names } = await bridge();
    await call('trainees:create', TRAINEE);
    const exported = (await call('data:export', {})) as { value: { text: string } };
    await call('trainees:create', { ...TRAINEE, fullName: 'Cara Lind', employeeId: 'B-3' });
    for (const [from, to, message] of [
      [TRAINEE.fullName, `Ana${RLO}avliS`, /Trainee “Ana avliS”: Full name contains invisible direction marks/],
      ['"team":"Line 2"', `"team":"Line 2\\ud83d"`, /Trainee “Łukasz Żółć”: Team or department contains a broken/],
      [TRAINEE.fullName, `Ana\\u2028Silva`, /Trainee “Ana Silva”: Full name must be a single line of ordinary text\./],
    ] as const) {
      const text = exported.value.text.replace(from, to);
      expect(text).not.toBe(exported.value.text);
      for (const name of ['data:check-import', 'data:import']) {
        const answer = await call(name, { fileName: 'data.jsonl', text });
        expect(answer.ok, name).toBe(false);
        expect(answer.error?.message, name).toMatch(message);
      }
    }
    expect((await names()).sort()).toEqual(['Cara Lind', TRAINEE.fullName]);
  });

  it('records saved before the rule still open: settings typed now are refused, an export whose settings hold a mark is read', async () => {
    const { call } = await bridge();
    const settings = (await call('settings:get', {})) as { value: Record<string, unknown> };
    const typed = await call('settings:update', { ...settings.value, organisationName: `Acme${RLO}` });
    expect(typed.error?.message).toMatch(/^Organisation name contains invisible direction marks/);
    const exported = (await call('data:export', {})) as { value: { text: string } };
    const old = exported.value.text.replace('"organisationName":""', `"organisationName":"Acme\\u202e"`);
    expect(old).not.toBe(exported.value.text);
    const checked = await call('data:check-import', { fileName: 'old.jsonl', text: old });
    expect(checked.error?.message).toBeUndefined();
    expect((await call('data:import', { fileName: 'old.jsonl', text: old })).ok).toBe(true);
    expect(((await call('settings:get', {})) as { value: { organisationName: string } }).value.organisationName).toBe(
      `Acme${RLO}`,
    );
  });
});
