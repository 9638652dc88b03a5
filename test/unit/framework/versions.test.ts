import { describe, expect, it } from 'vitest';
import { codeOfFrameworkId, compareVersions, nextVersion } from '../../../src/shared/framework/versions';

describe('framework versions', () => {
  it('orders labels with numbers read as numbers', () => {
    const labels = ['1.10', '1.9', '2', 'v10', 'v9', '1'];
    expect([...labels].sort(compareVersions)).toEqual(['1', '1.9', '1.10', '2', 'v9', 'v10']);
  });

  it('suggests the next label by raising the last number, skipping ones in use', () => {
    expect(nextVersion('1')).toBe('2');
    expect(nextVersion('1.4')).toBe('1.5');
    expect(nextVersion('2024-v3')).toBe('2024-v4');
    expect(nextVersion('1.0.0')).toBe('1.0.1');
    expect(nextVersion('1', ['2', '3'])).toBe('4');
    expect(nextVersion('draft')).toBe('draft (2)');
    expect(nextVersion('draft', ['draft (2)'])).toBe('draft (3)');
  });

  it('reads the code from an id', () => {
    expect(codeOfFrameworkId('51-4041.00@2')).toBe('51-4041.00');
    expect(codeOfFrameworkId('00-1234.56@1.0@x')).toBe('00-1234.56');
  });
});
