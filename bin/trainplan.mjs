#!/usr/bin/env node
// `trainplan …` (npx trainplan in a checkout): reports and exports from the command line. Runs the built
// out/main/cli.js, building first when the sources are newer, as `npm run web` does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIfStale } from '../scripts/lib/build-if-stale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'out', 'main', 'cli.js');

function build() {
  console.error('Building Trainplan…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(1);
  }
}

// stdout carries only the command's own results (a script may read them): the build talks on stderr.
const log = console.log;
console.log = console.error;
try {
  // A build from before the command line existed has every other output but this one.
  if (!existsSync(cli)) build();
  else buildIfStale(root);
} finally {
  console.log = log;
}
await import(pathToFileURL(cli).href);
