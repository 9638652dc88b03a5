import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/shared/dates';
import type { HistoryEvent } from '../../../src/shared/history/historyEvent';
import { describeEvent } from '../../../src/shared/history/historyText';
import { openTestApp, PLANT, TRAINEE } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

function event(partial: Partial<HistoryEvent>): HistoryEvent {
  return {
    id: 'e',
    at: '2026-11-22T10:00:00.000Z',
    actor: 'Maria',
    kind: 'trainee.edited',
    traineeId: 't',
    planId: null,
    frameworkTitle: null,
    statementId: null,
    statementText: null,
    before: null,
    after: null,
    ...partial,
  };
}

describe('an edit records only what changed', () => {
  it('treats "" and null, and CRLF and LF notes, as no change', async () => {
    const { call, history } = await openTestApp(await tempDir());
    const t = await call('trainees:create', { ...TRAINEE, employeeId: '', startDate: null, notes: 'One\r\nTwo ' });
    await call('trainees:update', { id: t.id, ...TRAINEE, employeeId: '', startDate: '', notes: 'One\nTwo' });
    expect((await history(t.id)).map((e) => e.kind)).toEqual(['trainee.created']);
    await call('trainees:update', {
      id: t.id,
      ...TRAINEE,
      employeeId: '',
      startDate: '',
      notes: 'One\nTwo',
      site: 'York',
    });
    const [edited] = await history(t.id);
    expect(edited).toMatchObject({ kind: 'trainee.edited', before: { site: 'Leeds' }, after: { site: 'York' } });
    expect(describeEvent(edited as HistoryEvent).detail).toBe('site: Leeds → York');
  });

  it('records a plan change with only the target that moved, and none when nothing did', async () => {
    const { call, history } = await openTestApp(await tempDir());
    const t = await call('trainees:create', TRAINEE);
    const target = { targetLevel: 'developing', targetDate: null, startDate: '2026-09-01' } as const;
    const { planId } = await call('plans:assign', { traineeId: t.id, frameworkId: PLANT, ...target });
    await call('plans:update', { planId, ...target, targetDate: '' });
    expect((await history(t.id))[0]?.kind).toBe('plan.assigned');
    await call('plans:update', { planId, ...target, targetDate: '2027-01-31' });
    const [changed] = await history(t.id);
    expect(changed).toMatchObject({ before: { targetDate: null }, after: { targetDate: '2027-01-31' } });
    expect(describeEvent(changed as HistoryEvent).detail).toBe(`target date: (none) → ${formatDate('2027-01-31')}`);
  });
});

describe('the timeline text', () => {
  it('leaves out fields an older event recorded unchanged', () => {
    const old = event({
      before: { fullName: 'Ana', employeeId: null, team: 'Line 2', notes: '' },
      after: { fullName: 'Ana', employeeId: '', team: 'Line 3', notes: '' },
    });
    expect(describeEvent(old)).toEqual({ title: 'Details edited', detail: 'team: Line 2 → Line 3' });
  });

  it('shows the date, assessor and note an uncheck removed', () => {
    const unchecked = event({
      kind: 'statement.unchecked',
      statementText: 'Safety rules',
      before: { achievedOn: '2026-03-03', assessor: 'Maria Keane', note: 'Observed on line 2' },
    });
    expect(describeEvent(unchecked)).toEqual({
      title: 'Unchecked:',
      subject: 'Safety rules',
      detail: `Removed: ${formatDate('2026-03-03')} · assessed by Maria Keane · Observed on line 2`,
    });
  });
});
