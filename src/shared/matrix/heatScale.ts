/** One step of the heat scale: its colours and what it means, for the cells and the legend. */
export interface HeatStep {
  /** Lowest share (0–1) that falls in this step. */
  from: number;
  label: string;
  background: string;
  color: string;
}

const DARK_TEXT = 'var(--mantine-color-gray-9)';

/**
 * Few, clearly different steps rather than a smooth ramp: a trainer reads "none", "some", "most", "all"
 * at a glance, and the darkest (all) takes white text so every step keeps AA contrast.
 */
export const HEAT_STEPS: readonly HeatStep[] = [
  { from: 0, label: 'None', background: 'var(--mantine-color-gray-1)', color: DARK_TEXT },
  { from: Number.MIN_VALUE, label: 'Under a quarter', background: 'var(--mantine-color-teal-1)', color: DARK_TEXT },
  { from: 0.25, label: 'A quarter or more', background: 'var(--mantine-color-teal-2)', color: DARK_TEXT },
  { from: 0.5, label: 'Half or more', background: 'var(--mantine-color-teal-3)', color: DARK_TEXT },
  { from: 0.75, label: 'Three quarters or more', background: 'var(--mantine-color-teal-5)', color: DARK_TEXT },
  { from: 1, label: 'All', background: 'var(--mantine-color-teal-9)', color: 'var(--mantine-color-white)' },
];

/** The step for `part` of `whole`; an empty whole (nobody shown) counts as none. */
export function heatStep(part: number, whole: number): HeatStep {
  const share = whole <= 0 ? 0 : Math.min(1, Math.max(0, part / whole));
  let step = HEAT_STEPS[0] as HeatStep;
  for (const candidate of HEAT_STEPS) if (share >= candidate.from) step = candidate;
  return step;
}
