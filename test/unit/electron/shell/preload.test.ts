import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../../src/shared/api/callNames';
import { projectRoot, target } from '../support/desktopShell';

/** The preload as the sandbox gets it: the built bundle, or (for the sources) the same entry bundled the same way. */
async function preloadCode(): Promise<string> {
  if (target === 'built') return readFile(join(projectRoot, 'out/preload/index.cjs'), 'utf8');
  const result = await build({
    entryPoints: [join(projectRoot, 'src/preload/index.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

interface Exposed {
  key: string;
  api: Record<string, unknown>;
}

/**
 * Runs the preload the way a sandboxed renderer does: as a CommonJS function in a context with no Node,
 * whose `require` offers `electron` and nothing else (an import statement would not even compile here).
 */
async function runPreload() {
  const required: string[] = [];
  const exposed: Exposed[] = [];
  const invoked: { channel: string; input: unknown }[] = [];
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api }),
    },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        invoked.push({ channel, input });
        return Promise.resolve({ ok: true, value: null });
      },
    },
  };
  const require = (name: string): unknown => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`A sandboxed preload cannot require ${name}.`);
  };
  const module = { exports: {} };
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${await preloadCode()}\n})`;
  const run = runInNewContext(wrapped, {}, { filename: 'preload/index.cjs' }) as (...args: unknown[]) => void;
  run(module.exports, require, module, 'index.cjs', '.');
  return { required, exposed, invoked };
}

describe(`the preload (${target})`, () => {
  it('is CommonJS that requires only electron', async () => {
    const { required } = await runPreload();
    expect([...new Set(required)]).toEqual(['electron']);
  });

  it('exposes window.trainplan with exactly the contract’s calls, save dialogs included, and nothing else', async () => {
    const { exposed } = await runPreload();
    expect(exposed.map((e) => e.key)).toEqual(['trainplan']);
    const api = exposed[0]?.api ?? {};
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(CALL_NAMES).toEqual(expect.arrayContaining(['files:save-pdf', 'files:save-pdfs', 'files:save-data']));
  });

  it('sends each call on its own channel, with the input as given', async () => {
    const { exposed, invoked } = await runPreload();
    const api = exposed[0]?.api ?? {};
    for (const name of CALL_NAMES) await (api[name] as (input: unknown) => Promise<unknown>)({ probe: name });
    expect(invoked).toEqual(CALL_NAMES.map((name) => ({ channel: name, input: { probe: name } })));
  });
});
