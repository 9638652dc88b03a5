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

/** "Abkantpresse (version 1)" or "Machinists (51-4041.00, v.26.05)": how a framework is named in events and messages. */
export function frameworkLabel(occupation: { soc: string; code?: string | undefined; title: string }, version: string) {
  return `${occupation.title} (${codeAndVersion(occupation, version)})`;
}

/**
 * A framework's name as an older event stored it, "Abkantpresse (00-9673.03, 1)", without the made-up code:
 * "Abkantpresse (version 1)". History is never rewritten, so the code is left out where it is shown.
 */
export function withoutMadeUpCode(label: string): string {
  return label.replace(/ \(00-\d{4}\.\d{2}, ([^()]*)\)$/, ' (version $1)');
}

/** "43-9071.00, v2" or, without a code to show, "version 2": for a framework named in brackets after its title. */
export function codeAndVersion(occupation: { soc: string; code?: string | undefined }, version: string): string {
  const code = shownCode(occupation);
  return code === null ? `version ${version}` : `${code}, ${version}`;
}
