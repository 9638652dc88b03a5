import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { quitAfterClosing } from '../../../src/main/electron/quitAfterClosing';

/** Electron's app as far as quitting goes: `quit()` emits before-quit, and exits unless a listener prevents it. */
class FakeApp extends EventEmitter {
  exited = false;
  quit(): void {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    this.emit('before-quit', event);
    if (!event.prevented) this.exited = true;
  }
}

function deferred() {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('quitting the desktop app', () => {
  it('waits until the records are closed (writes done, lock released) before exiting', async () => {
    const app = new FakeApp();
    const closing = deferred();
    let closes = 0;
    quitAfterClosing(
      app,
      () => ((closes += 1), closing.promise),
      () => undefined,
    );
    app.quit();
    // A second quit while closing (the user clicks again) neither exits nor closes twice.
    app.quit();
    await new Promise((r) => setTimeout(r, 10));
    expect(app.exited).toBe(false);
    expect(closes).toBe(1);
    closing.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(app.exited).toBe(true);
  });

  it('still exits when closing fails, and says why', async () => {
    const app = new FakeApp();
    const reported: unknown[] = [];
    quitAfterClosing(
      app,
      () => Promise.reject(new Error('EIO')),
      (error) => reported.push(error),
    );
    app.quit();
    await new Promise((r) => setTimeout(r, 0));
    expect(app.exited).toBe(true);
    expect(reported).toEqual([new Error('EIO')]);
  });
});
