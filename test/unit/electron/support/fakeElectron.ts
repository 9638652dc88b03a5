import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';

/** Electron's preventable events (will-navigate, before-quit…) as far as the shell uses them. */
export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventable(): PreventableEvent {
  const event = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeFrame {
  constructor(public url: string) {}
}

type WindowOpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = new FakeFrame('');
  windowOpenHandler: WindowOpenHandler | null = null;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** Emits `name` as Electron would; true when a listener prevented it. */
  attempt(name: string, ...args: unknown[]): boolean {
    const event = preventable();
    this.emit(name, event, ...args);
    return event.defaultPrevented;
  }
}

export interface WindowOptions {
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  loaded: { file: string } | { url: string } | null = null;
  shown = false;
  focusCount = 0;
  minimized = false;

  constructor(readonly options: WindowOptions) {
    super();
  }

  loadFile(file: string): Promise<void> {
    this.loaded = { file };
    this.webContents.mainFrame.url = pathToFileURL(file).href;
    return Promise.resolve();
  }

  loadURL(url: string): Promise<void> {
    this.loaded = { url };
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }

  show(): void {
    this.shown = true;
  }

  focus(): void {
    this.focusCount += 1;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  isDestroyed(): boolean {
    return false;
  }
}

export interface DialogAnswer {
  canceled: boolean;
  filePath?: string;
  filePaths?: string[];
}

type Handler = (event: { sender: FakeWebContents; senderFrame: FakeFrame | null }, input: unknown) => Promise<unknown>;
type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type HeadersFilter = (
  details: { responseHeaders: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

/**
 * A stand-in for the `electron` module that records what the shell does with it. `log` keeps the order
 * of the steps that matter at start-up; `app.quit()` emits before-quit and exits unless prevented, as
 * Electron does.
 */
export class FakeElectron {
  readonly log: string[] = [];
  hasSingleInstanceLock = true;
  singleInstanceData: unknown = undefined;
  /** The stack that asked for the lock: tells which code ran (the sources or the bundle). */
  lockRequestStack = '';
  exited = false;
  exitCode: number | null = null;
  /** Runs at the moment the app would exit, to look at the disk then. */
  onExit: (() => void) | null = null;
  readonly paths: Record<string, string>;
  readonly windows: FakeWindow[] = [];
  readonly handlers = new Map<string, Handler>();
  /** Any ipcMain registration other than handle(): there must be none. */
  readonly otherIpc: string[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  readonly messageBoxes: { window: unknown; options: Record<string, unknown> }[] = [];
  readonly dialogCalls: { kind: 'save' | 'open'; window: unknown; options: Record<string, unknown> }[] = [];
  readonly dialogAnswers: DialogAnswer[] = [];
  readonly openedExternally: string[] = [];
  permissionRequest: PermissionRequest | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  headersFilter: HeadersFilter | null = null;

  readonly app: EventEmitter & Record<string, unknown>;
  readonly BrowserWindow: new (options: WindowOptions) => FakeWindow;
  readonly dialog: Record<string, (...args: unknown[]) => unknown>;
  readonly ipcMain: Record<string, (...args: unknown[]) => unknown>;
  readonly session: { defaultSession: Record<string, unknown> };
  readonly shell: Record<string, (...args: unknown[]) => unknown>;

  constructor(paths: { userData: string; documents: string }) {
    this.paths = { ...paths };
    this.app = this.makeApp();
    const created = (window: FakeWindow): void => {
      this.windows.push(window);
      this.log.push('window created');
    };
    this.BrowserWindow = class extends FakeWindow {
      constructor(options: WindowOptions) {
        super(options);
        created(this);
      }
    };
    this.dialog = this.makeDialog();
    this.ipcMain = this.makeIpcMain();
    this.session = { defaultSession: this.makeSession() };
    this.shell = {
      openExternal: (url) => {
        this.openedExternally.push(String(url));
        return Promise.resolve();
      },
    };
  }

  get mainWindow(): FakeWindow {
    const window = this.windows[0];
    if (!window) throw new Error('No window was created.');
    return window;
  }

  /** A call as the renderer makes it, from the main window's main frame unless told otherwise. */
  invoke(
    channel: string,
    input: unknown,
    from: { sender?: FakeWebContents; senderFrame?: FakeFrame | null } = {},
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`Nothing handles ${channel}.`);
    const sender = from.sender ?? this.mainWindow.webContents;
    const senderFrame = from.senderFrame === undefined ? sender.mainFrame : from.senderFrame;
    return handler({ sender, senderFrame }, input);
  }

  private makeApp(): EventEmitter & Record<string, unknown> {
    const app = new EventEmitter() as EventEmitter & Record<string, unknown>;
    Object.assign(app, {
      isPackaged: false,
      requestSingleInstanceLock: (data: unknown) => {
        this.log.push('requestSingleInstanceLock');
        this.singleInstanceData = data;
        this.lockRequestStack = new Error('stack').stack ?? '';
        return this.hasSingleInstanceLock;
      },
      whenReady: () => {
        this.log.push('whenReady');
        return Promise.resolve().then(() => this.log.push('ready'));
      },
      getPath: (name: string) => {
        const path = this.paths[name];
        if (!path) throw new Error(`The fake has no path for ${name}.`);
        return path;
      },
      quit: () => {
        this.log.push('quit');
        const event = preventable();
        app.emit('before-quit', event);
        if (event.defaultPrevented) return;
        this.log.push('exited');
        this.exited = true;
        this.onExit?.();
      },
      exit: (code: number) => {
        this.log.push(`exit ${String(code)}`);
        this.exitCode = code;
      },
    });
    return app;
  }

  private makeDialog(): Record<string, (...args: unknown[]) => unknown> {
    // Electron's dialogs take an optional window first.
    const split = (args: unknown[]) =>
      args.length > 1
        ? { window: args[0], options: args[1] as Record<string, unknown> }
        : { window: null, options: args[0] as Record<string, unknown> };
    const answer = (): DialogAnswer => this.dialogAnswers.shift() ?? { canceled: true, filePaths: [] };
    return {
      showErrorBox: (title, content) => {
        this.errorBoxes.push({ title: String(title), content: String(content) });
      },
      showMessageBox: (...args) => {
        this.messageBoxes.push(split(args));
        return Promise.resolve({ response: 0, checkboxChecked: false });
      },
      showSaveDialog: (...args) => {
        this.dialogCalls.push({ kind: 'save', ...split(args) });
        return Promise.resolve(answer());
      },
      showOpenDialog: (...args) => {
        this.dialogCalls.push({ kind: 'open', ...split(args) });
        const { canceled, filePaths = [] } = answer();
        return Promise.resolve({ canceled, filePaths });
      },
    };
  }

  private makeIpcMain(): Record<string, (...args: unknown[]) => unknown> {
    const other =
      (kind: string) =>
      (channel: unknown): void => {
        this.otherIpc.push(`${kind} ${String(channel)}`);
      };
    return {
      handle: (channel, handler) => {
        this.log.push(`handle ${String(channel)}`);
        this.handlers.set(String(channel), handler as Handler);
      },
      handleOnce: other('handleOnce'),
      on: other('on'),
      once: other('once'),
      addListener: other('addListener'),
    };
  }

  private makeSession(): Record<string, unknown> {
    return {
      setPermissionRequestHandler: (handler: PermissionRequest) => {
        this.log.push('permission requests handled');
        this.permissionRequest = handler;
      },
      setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => {
        this.permissionCheck = handler;
      },
      webRequest: {
        onHeadersReceived: (filter: HeadersFilter) => {
          this.headersFilter = filter;
        },
      },
    };
  }
}
