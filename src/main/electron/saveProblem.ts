import { ApiError } from '../../shared/api/errors';

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'that place is read-only',
  EACCES: 'Trainplan is not allowed to write there',
  EPERM: 'Trainplan is not allowed to write there',
  ENAMETOOLONG: 'the name is too long for that folder',
  ENOENT: 'the folder is no longer there',
  EEXIST: 'every free name for it is taken',
  EIO: 'the disk reported an input/output error',
};

/** Why a write failed, in words (the dispatcher's own words are about the data folder, not a chosen one). */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  return REASONS[code] ?? `the system reported an error${code ? ` (${code})` : ''}`;
}

export function saveFailed(message: string): ApiError {
  return new ApiError('storage_failed', message);
}
