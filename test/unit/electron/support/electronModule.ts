import type { FakeElectron } from './fakeElectron';

/**
 * What `vi.mock('electron', …)` returns. vitest builds a mocked module once per test file and keeps it
 * across `vi.resetModules()`, so each export is a Proxy that forwards to the fake of the current test.
 */
let current: FakeElectron | null = null;

export function useFakeElectron(fake: FakeElectron): void {
  current = fake;
}

type Export = 'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'session' | 'shell';
type Callable = (...args: unknown[]) => unknown;

function realOf(name: Export): object {
  if (!current) throw new Error(`electron.${name} used with no fake in place (call useFakeElectron first).`);
  return current[name];
}

function forward(name: Export): object {
  // A function target, so that `new BrowserWindow(…)` can be forwarded too.
  return new Proxy(function electronExport() {}, {
    get: (_target, property) => {
      if (!current) return undefined;
      const real = realOf(name);
      const value: unknown = Reflect.get(real, property);
      // Methods run on the fake itself (EventEmitter keeps its listeners on `this`).
      return typeof value === 'function' && name !== 'BrowserWindow' ? (value as Callable).bind(real) : value;
    },
    has: (_target, property) => Reflect.has(realOf(name), property),
    construct: (_target, args: unknown[]) => Reflect.construct(realOf(name) as new (...a: unknown[]) => object, args),
    apply: (_target, self: unknown, args: unknown[]) => Reflect.apply(realOf(name) as Callable, self, args),
  });
}

const exports = {
  app: forward('app'),
  BrowserWindow: forward('BrowserWindow'),
  dialog: forward('dialog'),
  ipcMain: forward('ipcMain'),
  session: forward('session'),
  shell: forward('shell'),
};

export const electronModule = { ...exports, default: exports };
