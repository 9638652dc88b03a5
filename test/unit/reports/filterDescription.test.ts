import { describe, expect, it } from 'vitest';
import { describeFilter } from '../../../src/shared/reports/filterDescription';
import { NO_FILTER } from '../../../src/shared/trainees/traineeFilter';

describe('a report title names the chosen statuses', () => {
  it('most urgent first, whichever the manager ticked first', () => {
    const title = describeFilter(NO_FILTER, () => undefined, ['on_track', 'no_plan', 'overdue', 'behind']);
    expect(title).toBe('Status: Overdue or Behind or On track or No plan yet');
  });

  it('the same words for the same choice in any order', () => {
    const one = describeFilter(NO_FILTER, () => undefined, ['met', 'due_soon']);
    const other = describeFilter(NO_FILTER, () => undefined, ['due_soon', 'met']);
    expect(one).toBe(other);
    expect(one).toBe('Status: Due soon or Target met');
  });
});
