import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs packaging script without type declarations
import { TRAINPLAN_FUSES } from '../../../scripts/packaging/fuses.mjs';

describe('fuses for packaged builds', () => {
  it('turn off running as Node, NODE_OPTIONS and inspect arguments, and turn on cookie encryption and asar integrity', () => {
    const fuses = TRAINPLAN_FUSES as Record<number, boolean>;
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });
});
