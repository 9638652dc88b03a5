import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;

const pkg = read('package.json');
const lock = read('package-lock.json');
const root = (lock.packages as Record<string, Record<string, unknown>>)[''] ?? {};

describe('package-lock.json on a fresh clone', () => {
  // npm install rewrites the lock file when its root entry differs from package.json: a fresh clone
  // then shows a change nobody made.
  it.each(['name', 'version', 'bin', 'engines', 'dependencies', 'devDependencies'])(
    'holds the same %s as package.json, so npm install leaves it as it is',
    (field) => {
      expect(root[field]).toEqual(pkg[field]);
    },
  );

  it('says the Node version the README gives', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const engines = pkg.engines as { node: string };
    const version = /^>=(\d+\.\d+)$/.exec(engines.node)?.[1];
    expect(version).toBeDefined();
    expect(readme).toContain(`Node ${String(version)} or newer`);
  });
});
