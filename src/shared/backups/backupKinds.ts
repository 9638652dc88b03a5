/** Why a backup was made. Backups made before Trainplan noted it are 'unknown'. */
export const BACKUP_KINDS = ['startup', 'hourly', 'manual', 'before-import', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** The words the backups list uses for each kind. */
export const BACKUP_KIND_LABELS: Record<BackupKind | 'unknown', string> = {
  startup: 'Automatic, at start-up',
  hourly: 'Automatic, while you worked',
  manual: 'Made by you',
  'before-import': 'Before a data import',
  'before-restore': 'Before a restore',
  unknown: 'Backup',
};
