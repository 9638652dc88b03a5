// Runs in a child process that the crash test kills with SIGKILL at random moments.
// It ticks statements one after another and prints each change only after the call returned success.
// Checkpoints are made every few changes, so kills also land in the middle of copying the journal
// into the trainees' files and rewriting index.json.
import { createDispatch } from '../../../src/main/api/dispatch';
import { createCheckoffService } from '../../../src/main/checkoffs/checkoffService';
import { loadBundledFrameworks } from '../../../src/main/frameworks/bundledFrameworks';
import { createFrameworkLibrary } from '../../../src/main/frameworks/frameworkLibrary';
import { openStore } from '../../../src/main/store/store';
import type { Handlers } from '../../../src/shared/api/contract';
import { LEVEL_KEYS } from '../../../src/shared/framework/levels';

const [dataDir = '', seedsDir = '', planId = '', startAt = '0'] = process.argv.slice(2);
// Only what a check-off needs, wired as services.ts wires it, so each child starts quickly.
const store = await openStore({ dataDir, checkpointBytes: 30_000 });
const frameworks = createFrameworkLibrary({ store, bundled: await loadBundledFrameworks(seedsDir) });
const checkoffs = createCheckoffService({ store, frameworks, now: () => new Date(), newId: () => crypto.randomUUID() });
const app = { dispatch: createDispatch({ 'checkoffs:set': (input) => checkoffs.set(input) } as Handlers) };
const statements = LEVEL_KEYS.flatMap((level) => Array.from({ length: 10 }, (_, i) => `${level}.${String(i + 1)}`));

for (let n = Number(startAt); ; n += 1) {
  const statementId = statements[n % statements.length] ?? 'emerging.1';
  const result = await app.dispatch('checkoffs:set', {
    planId,
    changes: [
      { statementId, checkoff: { achievedOn: '2026-11-01', assessor: 'Crash Test', note: `change ${String(n)}` } },
    ],
  });
  if (!result.ok) {
    process.stderr.write(`failed: ${result.error.message}\n`);
    process.exit(2);
  }
  process.stdout.write(`${String(n)} ${statementId}\n`);
}
