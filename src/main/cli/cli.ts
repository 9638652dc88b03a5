import { processIo } from './cliIo';
import { runCli } from './runCli';

// `trainplan …` (bin/trainplan.mjs runs this, built as out/main/cli.js). Never loads Electron.
void runCli(process.argv.slice(2), processIo()).then((code) => {
  // Set, not process.exit(): what is still being written to stdout and stderr gets out first.
  process.exitCode = code;
});
