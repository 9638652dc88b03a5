import { describe, expect, it } from 'vitest';
import { HEAT_STEPS, heatStep } from '../../../src/shared/matrix/heatScale';

describe('heat scale', () => {
  it('tells none, some, most and all apart', () => {
    expect(heatStep(0, 30).label).toBe('None');
    expect(heatStep(1, 30).label).toBe('Under a quarter');
    expect(heatStep(8, 30).label).toBe('A quarter or more');
    expect(heatStep(15, 30).label).toBe('Half or more');
    expect(heatStep(29, 30).label).toBe('Three quarters or more');
    expect(heatStep(30, 30).label).toBe('All');
  });

  it('reads an empty group as none and never goes past all', () => {
    expect(heatStep(0, 0).label).toBe('None');
    expect(heatStep(5, 4).label).toBe('All');
  });

  it('gets darker step by step, and only the darkest takes white text', () => {
    expect(new Set(HEAT_STEPS.map((s) => s.background)).size).toBe(HEAT_STEPS.length);
    expect(HEAT_STEPS.filter((s) => s.color.includes('white')).map((s) => s.label)).toEqual(['All']);
    const froms = HEAT_STEPS.map((s) => s.from);
    expect([...froms].sort((a, b) => a - b)).toEqual(froms);
  });
});
