import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANT } from '../support/ids';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const CHECK = { achievedOn: '2026-01-10', assessor: 'Maria Keane', note: 'Seen' };

describe('group sign-off through the HTTP bridge', () => {
  it('answers bad input with a clear message and changes nothing', async () => {
    const dir = await tempDir();
    const { call } = await startTestBridge(join(dir, 'data'), join(dir, 'renderer'));
    const trainee = await call('trainees:create', {
      fullName: 'Ana Silva',
      employeeId: '',
      team: '',
      site: '',
      trainer: '',
      startDate: '',
      notes: '',
    });
    const traineeId = (trainee.value as { id: string }).id;
    const assigned = await call('plans:assign', {
      traineeId,
      frameworkId: PLANT,
      targetLevel: 'emerging',
      targetDate: null,
      startDate: '2026-01-01',
    });
    const planId = (assigned.value as { planId: string }).planId;
    const group = (input: Record<string, unknown>) =>
      call('checkoffs:sign-off-group', {
        frameworkId: PLANT,
        statementIds: ['emerging.1'],
        planIds: [planId],
        checkoff: CHECK,
        ...input,
      });

    const cases: [Record<string, unknown>, string][] = [
      [{ statementIds: [] }, 'Choose at least one statement.'],
      [{ planIds: [] }, 'Choose at least one trainee.'],
      [{ statementIds: ['emerging.1', 'emerging.1'] }, 'Statement emerging.1 is listed twice.'],
      [{ planIds: [planId, planId] }, `Plan ${planId} is listed twice.`],
      [
        { statementIds: Array.from({ length: 51 }, (_, i) => `advanced.${String(i)}`) },
        'At most 50 statements can be signed off at once.',
      ],
      [
        { planIds: Array.from({ length: 2001 }, (_, i) => `p-${String(i)}`) },
        'At most 2,000 trainees can be signed off at once.',
      ],
      [{ planIds: ['../../etc/passwd'] }, 'A plan id must be letters, digits, "-", "_", ".", ":" or "@".'],
      [{ statementIds: ['__proto__'] }, 'A statement id looks like "emerging.3".'],
      [{ frameworkId: 'no-such@v1' }, 'That framework is not in the library. It may have been removed.'],
      [{ checkoff: { ...CHECK, achievedOn: '2026-02-30' } }, 'Date achieved must be a real date (YYYY-MM-DD).'],
      [{ extra: true }, 'Trainplan does not know the field “extra”.'],
    ];
    for (const [input, message] of cases) {
      const answer = await group(input);
      expect(answer.ok, message).toBe(false);
      expect(answer.error?.message).toContain(message);
    }
    const undo = await call('checkoffs:set-many', {
      plans: [
        {
          planId,
          changes: [
            { statementId: 'emerging.1', checkoff: null },
            { statementId: 'emerging.1', checkoff: null },
          ],
        },
      ],
    });
    expect(undo.error?.message).toContain('Statement emerging.1 is listed twice.');
    const candidates = await call('signoff:candidates', { frameworkId: PLANT, team: 7 });
    expect(candidates.ok).toBe(false);

    const page = await call('history:query', { traineeId, limit: 200 });
    const history = (page.value as { events: { kind: string }[] }).events.map((e) => e.kind);
    expect(history).toEqual(['plan.assigned', 'trainee.created']);
  });
});
