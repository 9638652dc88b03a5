import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/shared/text/plural';

describe('plural', () => {
  it('says one of a thing in the singular and any other count in the plural', () => {
    expect(plural(1, 'trainee')).toBe('1 trainee');
    expect(plural(2, 'trainee')).toBe('2 trainees');
    expect(plural(0, 'plan')).toBe('0 plans');
    expect(plural(1, 'check-off')).toBe('1 check-off');
    expect(plural(1200, 'statement')).toBe('1,200 statements');
  });

  it('takes an irregular plural', () => {
    expect(plural(3, 'person', 'people')).toBe('3 people');
    expect(plural(1, 'person', 'people')).toBe('1 person');
  });
});
