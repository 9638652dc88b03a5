/**
 * Every call the renderer may make. Kept free of zod so the sandboxed preload can expose exactly
 * these names and nothing else.
 */
export const CALL_NAMES = [
  'app:info',
  'frameworks:list',
  'frameworks:get',
  'frameworks:import',
  'frameworks:remove',
  'frameworks:usage',
  // Framework import from other formats
  'frameworks:preview',
  'frameworks:import-source',
  'frameworks:template',
  // Own frameworks: editor and export
  'frameworks:create',
  'frameworks:export',
  'settings:get',
  'settings:update',
  'trainees:list',
  'trainees:query',
  'trainees:get',
  'trainees:create',
  'trainees:update',
  'trainees:set-archived',
  'trainees:delete',
  // Several trainees at once, from the trainees list
  'trainees:matching-ids',
  'trainees:bulk-change',
  'trainees:bulk-undo',
  'history:query',
  'plans:assign',
  'plans:update',
  'plans:remove',
  'checkoffs:set',
  'checkoffs:set-many',
  'checkoffs:sign-off-group',
  'signoff:candidates',
  'overview:framework-matrix',
  'overview:matrix',
  'overview:cell',
  'overview:dashboard',
  'overview:drill',
  'exports:matrix',
  'exports:trainees',
  'reports:trainee-pdf',
  'reports:dashboard-pdf',
  'reports:cohort-pdf',
  'reports:combine',
  'reports:cancel',
  'reports:progress',
  'backups:list',
  'backups:warning',
  'backups:create',
  'backups:restore',
  'backups:delete',
  'data:export',
  'data:check-import',
  'data:import',
  'recovery:restore',
  'recovery:start-empty',
  'recovery:quit',
  // Roster import
  'roster:preview',
  'roster:import',
  'roster:progress',
  'roster:cancel',
  // Moving plans to a new framework version
  'plans:move-preview',
  'plans:move',
  'plans:older-versions',
  // Save dialogs: answered by the desktop shell; the browser mode says it has none and downloads instead.
  'files:save-pdf',
  'files:save-pdfs',
  'files:save-data',
  'files:save-export',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name);
}
