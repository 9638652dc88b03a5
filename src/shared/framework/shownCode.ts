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
