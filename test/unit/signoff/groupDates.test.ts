import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/shared/dates';
import { groupDateProblem } from '../../../src/shared/signoff/groupDates';
import { signedOffMessage, undoneMessage } from '../../../src/shared/signoff/signoffMessages';

const TODAY = '2026-11-22';
/** The text of a date for a regular expression (German dates hold dots). */
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const member = (fullName: string, planStart = '2026-09-01', traineeStart: string | null = null) => ({
  fullName,
  planStart,
  traineeStart,
});

describe('the date rule for a group', () => {
  it('accepts a date that suits everyone, and refuses a future one whoever is chosen', () => {
    expect(groupDateProblem('2026-09-01', [member('Ana Silva'), member('Ben Okafor')], TODAY)).toBeNull();
    expect(groupDateProblem('2026-11-23', [member('Ana Silva')], TODAY)).toBe(
      `The date achieved cannot be in the future (today is ${formatDate(TODAY)}).`,
    );
  });

  it('names at most ten trainees, then says how many more, so the message stays readable for 200', () => {
    const late = Array.from({ length: 13 }, (_, i) => member(`Trainee ${String(i + 1)}`, '2026-11-01'));
    const message = groupDateProblem('2026-10-15', [member('Ana Silva'), ...late], TODAY) ?? '';
    expect(message).toMatch(
      new RegExp(`^The date is before the plan started for: Trainee 1 \\(${escaped(formatDate('2026-11-01'))}\\), `),
    );
    expect(message).toContain(`Trainee 10 (${formatDate('2026-11-01')}) and 3 more.`);
    expect(message).not.toContain('Ana Silva');
  });

  it("names the trainee's own start when it is later than their plan's", () => {
    expect(groupDateProblem('2026-10-15', [member('Chen Wei', '2026-09-01', '2026-10-20')], TODAY)).toBe(
      `The date is before the trainee started for: Chen Wei (${formatDate('2026-10-20')}). Choose a later date or leave them out.`,
    );
  });
});

describe('what the page says after a sign-off and its undo', () => {
  it('counts statements, trainees and the check-offs kept', () => {
    const changed = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        planId: `p-${String(i)}`,
        frameworkId: '51-8099.00@v.26.05',
        traineeName: `T ${String(i)}`,
        previous: [
          { statementId: 'emerging.1', checkoff: null },
          { statementId: 'emerging.2', checkoff: null },
        ],
      }));
    expect(signedOffMessage(3, { changed: changed(12), checkoffs: 34, skipped: 2 })).toBe(
      'Signed off 3 statements for 12 trainees. 2 check-offs already achieved were kept as they were.',
    );
    expect(signedOffMessage(1, { changed: [], checkoffs: 0, skipped: 1 })).toBe(
      'Nothing new to sign off. 1 check-off already achieved was kept as it was.',
    );
    expect(undoneMessage(changed(3))).toBe(
      'Undone: 6 check-offs removed from 3 trainees. Their checklists are as they were before the sign-off.',
    );
  });
});
