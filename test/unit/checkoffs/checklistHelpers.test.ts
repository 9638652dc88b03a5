import { describe, expect, it } from 'vitest';
import { checklistKeyAction } from '../../../src/shared/checklist/checklistKeys';
import { nextOutstanding, stepFrom } from '../../../src/shared/checklist/checklistNavigation';
import { checkoffFormSchema } from '../../../src/shared/checklist/checkoffFormRules';
import { confirmationText, splitLast, undoCalls, type DoneChange } from '../../../src/shared/checklist/undoGroup';
import { formatDate } from '../../../src/shared/dates';

const CHECK = { achievedOn: '2026-03-03', assessor: 'Bo Berg', note: 'welded seam test' };
const tick = (planId: string, statementId: string, before: typeof CHECK | null = null): DoneChange => ({
  planId,
  previous: [{ statementId, checkoff: before }],
  verb: 'Checked',
  subject: statementId,
});

describe('undoing a series of check-off changes', () => {
  it('sends each statement back to its state before the series, one call per plan', () => {
    const done: DoneChange[] = [
      tick('plan-a', 'emerging.1'),
      // A note added to the same tick: undoing all must still leave it unticked, not with the tick's details.
      tick('plan-a', 'emerging.1', { ...CHECK, note: '' }),
      tick('plan-b', 'emerging.2', CHECK),
    ];
    expect(undoCalls(done)).toEqual([
      { planId: 'plan-a', changes: [{ statementId: 'emerging.1', checkoff: null }] },
      { planId: 'plan-b', changes: [{ statementId: 'emerging.2', checkoff: CHECK }] },
    ]);
  });

  it('names the trainee and the statement, or counts the changes', () => {
    const one = [{ ...tick('p', 'x'), subject: 'Safety regulations' }];
    expect(confirmationText('Ana Silva', one)).toBe('Checked for Ana Silva: Safety regulations');
    expect(confirmationText('Ana Silva', one, true)).toBe('Undone for Ana Silva: Safety regulations');
    const three = [tick('p', 'a'), tick('p', 'b'), tick('p', 'c')];
    expect(confirmationText('Ana Silva', three)).toBe('3 ticks for Ana Silva');
    expect(confirmationText('Ana Silva', three, true)).toBe('Undone for Ana Silva: 3 ticks');
  });

  it('counts a tick and its evidence note as one tick, not two changes', () => {
    const withNote = (id: string): DoneChange[] => [
      { ...tick('p', id), subject: id },
      { ...tick('p', id, { ...CHECK, note: '' }), verb: 'Updated', subject: id },
    ];
    expect(confirmationText('Paweł Nowak', withNote('Bending'))).toBe('Checked for Paweł Nowak: Bending');
    expect(confirmationText('Paweł Nowak', [...withNote('a'), ...withNote('b')])).toBe('2 ticks for Paweł Nowak');
  });

  it('says "changed" when the series also unticked or corrected an earlier check-off', () => {
    const untick = { ...tick('p', 'b', CHECK), verb: 'Unchecked' };
    expect(confirmationText('Ana Silva', [tick('p', 'a'), untick])).toBe('2 statements changed for Ana Silva');
  });

  it('undoes the last tick alone, its note with it, and keeps the rest undoable', () => {
    const first = tick('p', 'a');
    const second = tick('p', 'b');
    const note = { ...tick('p', 'b', { ...CHECK, note: '' }), verb: 'Updated' };
    const { last, rest } = splitLast([first, second, note]);
    expect(undoCalls(last)).toEqual([{ planId: 'p', changes: [{ statementId: 'b', checkoff: null }] }]);
    expect(rest).toEqual([first]);
  });

  it('takes only the last statement out of a change that ticked several', () => {
    const bulk: DoneChange = {
      planId: 'p',
      previous: [
        { statementId: 'a', checkoff: null },
        { statementId: 'b', checkoff: null },
      ],
      verb: 'Checked',
      subject: '2 statements in Emerging',
    };
    const edit = { ...tick('p', 'b', CHECK), verb: 'Updated' };
    const { last, rest } = splitLast([bulk, edit]);
    expect(undoCalls(last)).toEqual([{ planId: 'p', changes: [{ statementId: 'b', checkoff: null }] }]);
    expect(undoCalls(rest)).toEqual([{ planId: 'p', changes: [{ statementId: 'a', checkoff: null }] }]);
  });
});

describe('moving through the checklist', () => {
  const order = ['e.1', 'e.2', 'e.3', 'd.1'];

  it('steps to the next or previous statement shown, stopping at the ends', () => {
    expect(stepFrom(order, 'e.2', 1)).toBe('e.3');
    expect(stepFrom(order, 'e.1', -1)).toBe('e.1');
    expect(stepFrom(order, 'd.1', 1)).toBe('d.1');
    expect(stepFrom(order, 'gone', 1)).toBe('e.1');
  });

  it('finds the next outstanding statement after the current one, going round', () => {
    const checked = (id: string) => ['e.1', 'e.3'].includes(id);
    expect(nextOutstanding(order, checked, null)).toBe('e.2');
    expect(nextOutstanding(order, checked, 'e.2')).toBe('d.1');
    expect(nextOutstanding(order, checked, 'd.1')).toBe('e.2');
    expect(nextOutstanding(order, () => true, 'e.1')).toBeUndefined();
  });

  it('maps keys on a statement to actions, leaving modified keys alone', () => {
    const key = (k: string, ctrlKey = false) => checklistKeyAction({ key: k, ctrlKey, metaKey: false, altKey: false });
    expect([key('j'), key('ArrowDown'), key('k'), key('ArrowUp'), key('n'), key('?')]).toEqual([
      'next',
      'next',
      'previous',
      'previous',
      'note',
      'help',
    ]);
    expect(key('j', true)).toBeNull();
    expect(key(' ')).toBeNull();
  });
});

describe('the check-off form’s rules', () => {
  const limits = { planStart: '2026-03-01', traineeStart: null, traineeName: 'Ana Silva', today: '2026-11-30' };

  it('says which date limits the date achieved, on that field, before saving', () => {
    const result = checkoffFormSchema(limits).safeParse({ ...CHECK, achievedOn: '2026-02-28' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['achievedOn', `The date achieved cannot be before this plan started (${formatDate('2026-03-01')}).`],
    ]);
    expect(checkoffFormSchema(limits).safeParse({ ...CHECK, assessor: '' }).success).toBe(true);
  });
});
