// Runs in a child process that the replace test kills with SIGKILL while it imports or restores.
import { readFile } from 'node:fs/promises';
import { openTrainplan } from '../../../src/main/services';

const [dataDir = '', seedsDir = '', how = 'import', file = ''] = process.argv.slice(2);
const app = await openTrainplan({ dataDir, seedsDir, mode: 'browser', version: 'kill-test' });
await app.backupsSettled();
process.stdout.write('ready\n');
const result =
  how === 'import'
    ? await app.dispatch('data:import', { fileName: 'export.jsonl', text: await readFile(file, 'utf8') })
    : await app.dispatch('backups:restore', { fileName: file });
process.stdout.write(result.ok ? 'done\n' : `failed: ${result.error.message}\n`);
await app.close();
