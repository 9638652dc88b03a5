import type { AppInfo } from '../api/contract';
import type { Settings } from './settings';

/**
 * Whether to ask a new trainer's name now. "Later" is remembered in the data folder and the question does not
 * come back; closing it with × only puts it off until the next start (`putOff`).
 */
export function shouldAskTrainerName(
  info: AppInfo | undefined,
  settings: Settings | undefined,
  putOff: boolean,
): settings is Settings {
  if (putOff || !info || info.readOnlyBecause !== null || info.recovery) return false;
  return settings !== undefined && !settings.trainerNameAsked && settings.trainerName === '';
}
