import { describe, expect, it } from 'vitest';
import { newerVersions } from '../../../src/shared/framework/newerVersions';
import type { HistoryEvent } from '../../../src/shared/history/historyEvent';
import { describeEvent } from '../../../src/shared/history/historyText';

const version = (soc: string, v: string) => ({ id: `${soc}@${v}`, soc, version: v });

describe('the later versions a plan card offers', () => {
  it('lists later versions of the same code only, oldest first, numbers read as numbers', () => {
    const library = [
      version('51-8099.00', '1.10'),
      version('51-8099.00', '1.9'),
      version('51-8099.00', '1.2'),
      version('51-8099.00', '1'),
      version('43-9071.00', '2'),
    ];
    expect(newerVersions(library, '51-8099.00@1.2', '1.2').map((f) => f.version)).toEqual(['1.9', '1.10']);
    expect(newerVersions(library, '51-8099.00@1.10', '1.10')).toEqual([]);
  });
});

describe('a move in the history, in words', () => {
  const event = (before: HistoryEvent['before'], after: HistoryEvent['after']): HistoryEvent => ({
    id: 'e1',
    at: '2026-11-22T10:00:00Z',
    actor: 'Maria Keane',
    kind: 'plan.moved',
    traineeId: 't1',
    planId: 'p1',
    frameworkTitle: 'Machinists (51-4041.00, 2)',
    statementId: null,
    statementText: null,
    before,
    after,
  });

  it('says how many carried over and quotes none when nothing was lost or reworded', () => {
    const { title, subject, detail } = describeEvent(
      event({ version: '1', reworded: [], dropped: [] }, { version: '2', carried: 1 }),
    );
    expect(title).toBe('Plan moved to a new version:');
    expect(subject).toBe('Machinists (51-4041.00, 2)');
    expect(detail).toBe('Moved from version 1 to version 2: 1 check-off carried over');
  });

  it('reads a damaged record without failing', () => {
    const detail = describeEvent(event({ reworded: 'x', dropped: [null, 3] }, null)).detail;
    expect(detail).toBe('Moved from version (none) to version (none): 0 check-offs carried over');
  });
});
