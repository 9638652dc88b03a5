import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../src/shared/api/callNames';
import { ApiError } from '../../../src/shared/api/errors';
import { parseFrameworkFile } from '../../../src/shared/framework/parseFrameworkFile';
import { seedJson } from '../../fixtures/frameworkFiles';
import { openTestApp, PLANT, TRAINEE } from '../support/testApp';
import { recordsState } from '../support/folderState';
import { closeAfterTest, useTempDirs } from '../support/tempDir';
import { registerIpc } from '../../../src/main/electron/registerIpc';
import { startBridge } from '../../../src/main/web/bridgeServer';

const tempDir = useTempDirs();
const ERROR_CODES = [
  'invalid_input',
  'invalid_framework',
  'already_exists',
  'not_found',
  'in_use',
  'conflict',
  'unknown_call',
  'unsupported',
];

/** A request body as text: a body nested thousands deep is easy to send and hard to stringify. */
class JsonText {
  constructor(readonly text: string) {}
}

/** Shapes that once crashed a transport: encoded bytes that are not base64, deep nesting, "__proto__" keys. */
const hostile = fc.oneof(
  fc.constant<unknown>({ $bytes: '!!!' }),
  fc.constant<unknown>([{ $bytes: 'a' }]),
  fc.record({ fileName: fc.string(), files: fc.array(fc.record({ $bytes: fc.string() }), { maxLength: 3 }) }),
  fc.integer({ min: 50, max: 5000 }).map((depth) => new JsonText(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)),
  fc.constant<unknown>(JSON.parse('{"__proto__":{"fullName":"x"},"fullName":"Ana"}')),
);

/** Values like the ones a buggy or hostile caller might send: any JSON, odd strings, near-misses of real ids. */
const payload = fc.oneof(
  hostile,
  fc.anything(),
  fc.jsonValue(),
  fc.record(
    { id: fc.string(), traineeId: fc.string(), planId: fc.string(), fileName: fc.string(), text: fc.string() },
    { requiredKeys: [] },
  ),
  fc.dictionary(
    fc.constantFrom(
      'fullName',
      'employeeId',
      'team',
      'startDate',
      'notes',
      'targetLevel',
      'targetDate',
      'changes',
      'filter',
      'paperSize',
    ),
    fc.anything(),
  ),
);

/** A seed with random changes at random places: values replaced, keys deleted, types swapped. */
const mutatedFramework = fc
  .array(
    fc.tuple(
      fc.constantFrom('occupation', 'framework', 'levels', 'emerging', 'statements', 'sources', 'top'),
      fc.oneof(fc.constant(undefined), fc.anything(), fc.string(), fc.integer(), fc.array(fc.string())),
      fc.nat(12),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((mutations) => {
    const doc = seedJson('51-8099.00');
    // After a mutation any part may be anything, so each step looks before it steps.
    const record = (value: unknown): Record<string, unknown> | null =>
      typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    for (const [where, value, index] of mutations) {
      const occupation = record(doc.occupation);
      const framework = record(doc.framework);
      const levels = record(framework?.levels);
      const developing = record(levels?.developing);
      if (where === 'top') doc.schemaVersion = value;
      else if (where === 'occupation' && occupation)
        occupation[['soc', 'title', 'jobZone', 'group'][index % 4] ?? 'soc'] = value;
      else if (where === 'framework') doc.framework = value;
      else if (where === 'levels' && framework) framework.levels = value;
      else if (where === 'emerging' && levels) levels.emerging = value;
      else if (where === 'statements' && developing && Array.isArray(developing.statements))
        (developing.statements as unknown[])[index] = value;
      else if (where === 'sources') doc.sources = value;
    }
    return JSON.stringify(doc);
  });

describe('property-based: the importer', () => {
  it('gives a valid framework or a typed, readable error for any mutated file', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutatedFramework,
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          try {
            const file = parseFrameworkFile('random.json', text);
            // A level may be missing; one level at least has statements.
            const counts = Object.values(file.framework.levels).map((level) => level.statements.length);
            expect(Math.max(0, ...counts)).toBeGreaterThan(0);
          } catch (error) {
            expect(error).toBeInstanceOf(ApiError);
            const apiError = error as ApiError;
            expect(apiError.message).toContain('“random.json”');
            expect(apiError.fields.every((f) => f.message.length > 0)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** A value in a few words, whatever its depth. */
function shortly(value: unknown): string {
  try {
    return value === undefined ? 'undefined' : JSON.stringify(value).slice(0, 200);
  } catch {
    return '(too deep to print)';
  }
}

type Answer = { ok: true; value?: unknown } | { ok: false; error: { code: string; message: string } };
type Transport = (
  app: Awaited<ReturnType<typeof openTestApp>>['app'],
) => Promise<(name: string, input: unknown) => Promise<Answer>>;

/** What the desktop shell registers with ipcMain.handle for each call (typed without importing Electron). */
type IpcHandler = Parameters<Parameters<typeof registerIpc>[0]['handle']>[1];

/** How the calls reach the services: straight to dispatch, and through each real transport. */
const TRANSPORTS: [string, Transport][] = [
  [
    'the dispatcher',
    (app) =>
      Promise.resolve(
        (name, input) =>
          app.dispatch(name, input instanceof JsonText ? JSON.parse(input.text) : input) as Promise<Answer>,
      ),
  ],
  [
    'IPC (as the desktop window calls)',
    (app) => {
      const handlers = new Map<string, IpcHandler>();
      registerIpc({ handle: (name, handler) => handlers.set(name, handler) }, app.dispatch, () => true);
      return Promise.resolve(async (name, input) => {
        const handler = handlers.get(name);
        // The preload offers only the contract's calls; anything else never reaches the main process.
        if (!handler) return { ok: false, error: { code: 'unknown_call', message: 'No such call.' } };
        let cloned: unknown;
        try {
          // Electron copies the input with the structured clone algorithm on its way across.
          cloned = structuredClone(input instanceof JsonText ? JSON.parse(input.text) : input);
        } catch {
          return { ok: false, error: { code: 'invalid_input', message: 'The window could not send it.' } };
        }
        return (await handler({} as Parameters<IpcHandler>[0], cloned)) as Answer;
      });
    },
  ],
  [
    'the HTTP bridge',
    async (app) => {
      const bridge = await startBridge({ dispatch: app.dispatch, rendererDir: await tempDir() });
      closeAfterTest(bridge);
      return async (name, input) => {
        const response = await fetch(`http://127.0.0.1:${String(bridge.port)}/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-trainplan-token': bridge.token },
          body: input instanceof JsonText ? input.text : input === undefined ? '' : JSON.stringify(input),
        });
        return (await response.json()) as Answer;
      };
    },
  ],
];

describe('property-based: every API call', () => {
  it.each(TRANSPORTS)(
    'answers any payload sent through %s with a result or a typed error, never crashes, and a rejected call leaves every file of the records byte-identical',
    { timeout: 180_000 },
    async (_transport, connect) => {
      const dir = await tempDir();
      const { app, call } = await openTestApp(dir);
      const send = await connect(app);
      const trainee = await call('trainees:create', TRAINEE);
      await call('plans:assign', {
        traineeId: trainee.id,
        frameworkId: PLANT,
        targetLevel: 'emerging',
        targetDate: null,
        startDate: '2026-09-01',
      });
      await app.store.checkpoint();
      await app.backupsSettled();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...CALL_NAMES, 'fs:read', '__proto__', 'constructor', ''),
          payload,
          async (name, input) => {
            const before = await recordsState(dir);
            const result = await send(name, input);
            // Said in words here: fast-check cannot print a counterexample nested thousands deep.
            const what = `${name} ${shortly(input)} → ${shortly(result)}`;
            expect(typeof result.ok, what).toBe('boolean');
            if (!result.ok) {
              expect(ERROR_CODES, what).toContain(result.error.code);
              expect(result.error.message.length, what).toBeGreaterThan(0);
              expect(await recordsState(dir), what).toEqual(before);
            }
          },
        ),
        {
          numRuns: 400,
          // fast-check's own report would print the counterexample, which may be nested thousands deep.
          reporter: (run) => {
            if (run.failed) throw new Error(`After ${String(run.numRuns)} runs: ${String(run.errorInstance)}`);
          },
        },
      );
      // Still a working Trainplan afterwards.
      expect((await call('trainees:get', { id: trainee.id })).trainee.fullName).toBe(TRAINEE.fullName);
    },
  );
});
