import type { CallName } from '../../../shared/api/callNames';
import type { CallInput, CallOutput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { transport } from './transport';

/** Typed call of the API contract; a failure arrives as an ApiError with a message fit to show. */
export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = await transport(name, input);
  if (!result.ok) throw ApiError.fromFailure(result.error);
  return result.value as CallOutput<K>;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Your saved records are unchanged.';
}
