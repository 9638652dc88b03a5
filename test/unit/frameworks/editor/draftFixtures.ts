import type { FrameworkDraft } from '../../../../src/shared/framework/editor/frameworkDraft';

/** A small framework as a trainer would type it: two statements at Emerging, one at each other level. */
export function pressDraft(overrides: Partial<FrameworkDraft> = {}): FrameworkDraft {
  return {
    title: 'Press Brake Operation',
    code: '',
    version: '1',
    description: 'Bending sheet metal on the hydraulic press brakes in hall B.',
    source: 'Hall B training team',
    licence: 'For internal use',
    levels: {
      emerging: [
        { topic: 'Safety', performance: 'keeps hands clear of the tool area and uses the foot pedal only when ready' },
        { topic: '', performance: 'names the parts of the press brake' },
      ],
      developing: [{ topic: 'Set-up', performance: 'fits the punch and die for a known job with help' }],
      proficient: [{ topic: 'Bending', performance: 'bends a part to drawing within tolerance on the first try' }],
      advanced: [{ topic: 'Programming', performance: 'writes a bend sequence for a new part' }],
    },
    ...overrides,
  };
}
