import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  withContentSecurityPolicy,
} from '../../../src/shared/security/contentSecurityPolicy';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('one Content Security Policy', () => {
  it('is written down in one file only; the session, the bridge and index.html all take it from there', () => {
    const holders = filesUnder(join(ROOT, 'src'))
      .filter((file) => readFileSync(file, 'utf8').includes("default-src 'self'"))
      .map((file) => relative(ROOT, file));
    expect(holders).toEqual(['src/shared/security/contentSecurityPolicy.ts']);
  });

  it('fills index.html’s meta tag at build time with the header policy, less what a meta tag cannot carry', () => {
    const html = withContentSecurityPolicy(readFileSync(join(ROOT, 'src/renderer/index.html'), 'utf8'));
    expect(html).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(() => withContentSecurityPolicy('<html></html>')).toThrow(/placeholder/);
  });
});
