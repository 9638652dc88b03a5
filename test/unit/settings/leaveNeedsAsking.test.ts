import { describe, expect, it } from 'vitest';
import { leaveNeedsAsking } from '../../../src/shared/navigation/leaveNeedsAsking';

describe('asking before typed work is left behind', () => {
  it('asks when a form with typed, unsaved input would be left for another page', () => {
    expect(leaveNeedsAsking(true, { pathname: '/frameworks/new' }, { pathname: '/dashboard' })).toBe(true);
  });

  it('lets a clean form go without a question', () => {
    expect(leaveNeedsAsking(false, { pathname: '/frameworks/new' }, { pathname: '/dashboard' })).toBe(false);
  });

  it('does not ask when only the address’s filters change: the page and its form stay', () => {
    expect(leaveNeedsAsking(true, { pathname: '/trainees' }, { pathname: '/trainees' })).toBe(false);
  });
});
