import type { UseFormReturnType } from '@mantine/form';
import { ApiError } from '../../../shared/api/errors';

/**
 * Puts the main process's field messages (a duplicate badge ID, say) beside the fields they are about.
 * Returns the message to show above the form when no field claims it.
 */
export function applyServerErrors<T>(
  form: UseFormReturnType<T>,
  error: unknown,
  fallback: (e: unknown) => string,
): string | null {
  if (error instanceof ApiError && error.fields.length > 0) {
    const unclaimed: string[] = [];
    for (const field of error.fields) {
      if (field.path && field.path in (form.getValues() as object)) form.setFieldError(field.path, field.message);
      else unclaimed.push(field.message);
    }
    return unclaimed.length > 0 ? unclaimed.join(' ') : null;
  }
  return fallback(error);
}
