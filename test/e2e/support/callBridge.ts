import type { CallName } from '../../../src/shared/api/callNames';
import type { CallInput, CallOutput } from '../../../src/shared/api/contract';
import type { ApiResult } from '../../../src/shared/api/errors';

/** The bridge's API as the renderer calls it: POST with the per-run token. */
export async function callBridge<K extends CallName>(
  url: string,
  name: K,
  input: CallInput<K>,
): Promise<CallOutput<K>> {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-trainplan-token': searchParams.get('token') ?? '' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as ApiResult<CallOutput<K>>;
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}
