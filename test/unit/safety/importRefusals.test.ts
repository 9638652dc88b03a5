import { describe, expect, it } from 'vitest';
import { PLANT } from '../support/ids';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

const person = (fullName: string, employeeId: string) => ({
  fullName,
  employeeId,
  team: 'Line 1',
  site: 'Leeds',
  trainer: 'Maria Keane',
  startDate: '2026-09-01',
  notes: '',
});
const CHECK = { achievedOn: '2026-10-01', assessor: 'Maria Keane', note: '' };

interface Line {
  doc: {
    trainee: { fullName: string; employeeId: string | null; startDate: string | null };
    plans: {
      id: string;
      frameworkId: string;
      startDate: string;
      targetDate: string | null;
      checkoffs: Record<string, unknown>;
    }[];
  };
  history: { id: string; traineeId: string }[];
}

/**
 * Two trainees on Plant with a check-off each, exported through the real bridge; then a third trainee is added,
 * so a refused import is seen to have replaced nothing.
 */
async function exportedPair() {
  const { call } = await startTestBridge(await tempDir(), await tempDir());
  for (const [name, badge] of [
    ['Ana Silva', 'B-1'],
    ['Ben Okafor', 'B-2'],
  ] as const) {
    const created = (await call('trainees:create', person(name, badge))) as { value: { id: string } };
    const plan = (await call('plans:assign', {
      traineeId: created.value.id,
      frameworkId: PLANT,
      targetLevel: 'developing',
      targetDate: null,
      startDate: '2026-09-01',
    })) as { value: { planId: string } };
    const ticked = await call('checkoffs:set', {
      planId: plan.value.planId,
      changes: [{ statementId: 'emerging.1', checkoff: CHECK }],
    });
    expect(ticked.ok).toBe(true);
  }
  const exported = (await call('data:export', {})) as { value: { text: string } };
  await call('trainees:create', person('Cara Lind', 'B-3'));
  const names = async () =>
    ((await call('trainees:list', {})) as { value: { fullName: string }[] }).value.map((t) => t.fullName).sort();
  return { call, text: exported.value.text, names };
}

/** The export with its trainee lines changed by `change` (the header and end line as they were). */
function edited(text: string, change: (lines: Line[]) => void): string {
  const lines = text.trim().split('\n');
  const trainees = lines.slice(1, -1).map((line) => JSON.parse(line) as Line);
  change(trainees);
  return `${[lines[0], ...trainees.map((t) => JSON.stringify(t)), lines.at(-1)].join('\n')}\n`;
}

const first = (lines: Line[]) => lines[0] as Line;
const second = (lines: Line[]) => lines[1] as Line;
const plan = (line: Line) => line.doc.plans[0] as Line['doc']['plans'][number];

async function expectRefused(text: string, message: RegExp) {
  const { call, names } = await exportedPair();
  for (const name of ['data:check-import', 'data:import']) {
    const answer = await call(name, { fileName: 'data.jsonl', text });
    expect(answer.ok, name).toBe(false);
    expect(answer.error?.message, name).toMatch(message);
    expect(answer.error?.message, name).toMatch(/Nothing was changed\.$/);
  }
  expect(await names()).toEqual(['Ana Silva', 'Ben Okafor', 'Cara Lind']);
}

describe('a data import refuses records that cannot be, before anything is replaced (item 8)', () => {
  it('a plan on a framework that is neither in the file nor bundled', async () => {
    const { text } = await exportedPair();
    await expectRefused(
      edited(text, (lines) => {
        plan(first(lines)).frameworkId = '99-9999.00@v.1';
      }),
      /^“data\.jsonl” cannot be imported: Ana Silva’s plan is on a framework that is not in the file or in Trainplan \(code 99-9999\.00, version v\.1\)\./,
    );
  });

  it('a check-off on a statement the framework does not have', async () => {
    const { text } = await exportedPair();
    await expectRefused(
      edited(text, (lines) => {
        plan(second(lines)).checkoffs['emerging.99'] = { ...CHECK, recordedAt: '2026-10-01T10:00:00.000Z' };
      }),
      /Ben Okafor’s plan on Plant and System Operators, All Other \(v\.26\.05\) has a check-off on statement emerging\.99, which that framework does not have\./,
    );
  });

  it('two trainees sharing one plan', async () => {
    const { text } = await exportedPair();
    await expectRefused(
      edited(text, (lines) => {
        plan(second(lines)).id = plan(first(lines)).id;
      }),
      /Ana Silva and Ben Okafor have the same plan \(id [^)]+\); a plan belongs to one trainee\./,
    );
  });

  it('two trainees with one badge ID (letter case aside)', async () => {
    const { text } = await exportedPair();
    await expectRefused(
      edited(text, (lines) => {
        second(lines).doc.trainee.employeeId = 'b-1';
      }),
      /Ana Silva and Ben Okafor have the same employee or badge ID \(“B-1” and “b-1”\)\./,
    );
  });

  it.each([
    ['a trailing space', 'B-1 '],
    ['full-width letters', 'Ｂ-1'],
  ])('two trainees whose badge IDs differ only by %s', async (_what, badge) => {
    const { text } = await exportedPair();
    await expectRefused(
      edited(text, (lines) => {
        second(lines).doc.trainee.employeeId = badge;
      }),
      /Ana Silva and Ben Okafor have the same employee or badge ID \(“B-1” and “/,
    );
  });

  it('a trainee or a plan starting after a check-off', async () => {
    const { text } = await exportedPair();
    await expectRefused(
      edited(text, (lines) => {
        first(lines).doc.trainee.startDate = '2026-10-15';
      }),
      /cannot be imported: The start date cannot be after Ana Silva’s first check-off on /,
    );
    await expectRefused(
      edited(text, (lines) => {
        plan(second(lines)).startDate = '2026-10-15';
      }),
      /Ben Okafor’s plan on Plant and System Operators, All Other \(v\.26\.05\): The start date cannot be after this plan’s first check-off on /,
    );
  });
});

describe('a data import refuses dates and history events a form or a save could not make', () => {
  it('a target date before its plan starts', async () => {
    const { text } = await exportedPair();
    await expectRefused(
      edited(text, (lines) => {
        plan(second(lines)).targetDate = '2026-08-01';
      }),
      /Ben Okafor’s plan on Plant and System Operators, All Other \(v\.26\.05\): The target date cannot be before the start date\./,
    );
  });

  it('two trainees whose histories share one event id', async () => {
    const { text } = await exportedPair();
    await expectRefused(
      edited(text, (lines) => {
        const theirs = second(lines).history[0];
        const ours = first(lines).history[0];
        if (theirs && ours) theirs.id = ours.id;
      }),
      /Ana Silva and Ben Okafor have the same history event \(id [^)]+\); an event belongs to one trainee\./,
    );
  });

  it('one trainee whose history holds one event id twice', async () => {
    const { text } = await exportedPair();
    await expectRefused(
      edited(text, (lines) => {
        const events = first(lines).history;
        const [a, b] = events;
        if (a && b) b.id = a.id;
      }),
      /Ana Silva’s history has two events with the same id \([^)]+\); each event needs its own\./,
    );
  });
});

describe('a data export is read line by line, and every refusal says what is wrong (item 10)', () => {
  it('reads an export re-written by another tool: spaces after colons, keys reordered, a byte order mark', async () => {
    const { call, text, names } = await exportedPair();
    const lines = text.trim().split('\n');
    const header = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    const { format, ...rest } = header;
    const rewritten = [JSON.stringify({ ...rest, format }), ...lines.slice(1)]
      .map((line) => JSON.stringify(JSON.parse(line), null, 1).replace(/\n\s*/g, ' '))
      .join('\r\n');
    for (const variant of [rewritten, `\uFEFF${text}`]) {
      const checked = await call('data:check-import', { fileName: 'data.jsonl', text: variant });
      expect(checked.error?.message).toBeUndefined();
      expect((checked.value as { incoming: { trainees: number } }).incoming.trainees).toBe(2);
    }
    expect((await call('data:import', { fileName: 'data.jsonl', text: rewritten })).ok).toBe(true);
    expect(await names()).toEqual(['Ana Silva', 'Ben Okafor']);
  });

  it('says which line miscounts when the header and the end line disagree', async () => {
    const { text } = await exportedPair();
    await expectRefused(
      text.replace('"trainees":2}', '"trainees":5}'),
      /Its first line says it holds 5 trainees, but it holds 2 \(it may have been cut short or edited\)\./,
    );
  });

  it('refuses lines after the end line instead of ignoring them', async () => {
    const { text } = await exportedPair();
    const traineeLine = text.split('\n')[1] ?? '';
    await expectRefused(
      `${text}${traineeLine}\n`,
      /There is more after its last line \(line 5\): it may be two files joined together\./,
    );
  });
});
