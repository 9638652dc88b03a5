import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { openTrainplan } from '../../../src/main/services';
import type { Handlers } from '../../../src/shared/api/contract';
import { ApiError } from '../../../src/shared/api/errors';
import { SEEDS_DIR } from '../../fixtures/frameworkFiles';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

async function realDispatch() {
  const app = await openTrainplan({ dataDir: await tempDir(), seedsDir: SEEDS_DIR, mode: 'browser', version: '1.2.3' });
  return app.dispatch;
}

function dispatchWith(impl: () => Promise<never>, log = vi.fn()) {
  const handlers = { 'frameworks:list': impl } as unknown as Handlers;
  return { dispatch: createDispatch(handlers, log), log };
}

describe('dispatch', () => {
  it('answers a valid call with its value', async () => {
    const dispatch = await realDispatch();
    const result = await dispatch('frameworks:list', {});
    expect(result.ok && Array.isArray(result.value) && result.value.length).toBe(3);
    expect(await dispatch('app:info', {})).toMatchObject({ ok: true, value: { version: '1.2.3', mode: 'browser' } });
  });

  it('refuses a name outside the contract', async () => {
    const dispatch = await realDispatch();
    expect(await dispatch('fs:readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_call' },
    });
    expect(await dispatch(42, {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });

  it('parses the input and names each field at fault', async () => {
    const dispatch = await realDispatch();
    const result = await dispatch('frameworks:import', { fileName: '', text: 5, extra: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.fields.map((f) => f.path).sort()).toEqual(['', 'fileName', 'text']);
    expect(result.error.fields.find((f) => f.path === 'fileName')?.message).toBe('The file has no name.');
    expect(await dispatch('frameworks:list', undefined)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('passes a service’s own error through with its message', async () => {
    const dispatch = await realDispatch();
    expect(await dispatch('frameworks:get', { id: 'nope' })).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: 'That framework is not in the library. It may have been removed.',
        fields: [],
      },
    });
    const { dispatch: d } = dispatchWith(() => Promise.reject(new ApiError('in_use', 'Busy.')));
    expect(await d('frameworks:list', {})).toMatchObject({ ok: false, error: { code: 'in_use', message: 'Busy.' } });
  });

  it('turns a full disk into a storage error a trainer understands, and logs it', async () => {
    const { dispatch, log } = dispatchWith(() =>
      Promise.reject(Object.assign(new Error('ENOSPC: no space'), { code: 'ENOSPC' })),
    );
    const result = await dispatch('frameworks:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
    expect(!result.ok && result.error.message).toContain('the disk is full');
    expect(log).toHaveBeenCalledOnce();
  });

  it('hides internals of an unexpected error', async () => {
    const { dispatch, log } = dispatchWith(() => Promise.reject(new TypeError('x is undefined at /secret/path.js')));
    const result = await dispatch('frameworks:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
  });
});
