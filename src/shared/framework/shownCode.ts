/**
 * The code to show a trainer for a framework: the one they typed, a real SOC code, or nothing. A framework
 * without a SOC code gets a made-up stable one ("00-…", a major group SOC never uses) so its versions
 * stay together; that one is for Trainplan's bookkeeping and must not pass for a SOC code on screen or paper.
 */
export function shownCode(occupation: { soc: string; code?: string | undefined }): string | null {
  if (occupation.code?.trim()) return occupation.code.trim();
  return isMadeUpCode(occupation.soc) ? null : occupation.soc;
}

export function isMadeUpCode(soc: string): boolean {
  return soc.startsWith('00-');
}

/** "43-9071.00, v2" or, without a code to show, "version 2": for a framework named in brackets after its title. */
export function codeAndVersion(occupation: { soc: string; code?: string | undefined }, version: string): string {
  const code = shownCode(occupation);
  return code === null ? `version ${version}` : `${code}, ${version}`;
}
