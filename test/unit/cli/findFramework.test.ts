import { describe, expect, it } from 'vitest';
import { findFramework } from '../../../src/main/cli/filterOptions';
import type { FrameworkSummary } from '../../../src/shared/framework/framework';

const summary = (soc: string, version: string, code: string | null, title = 'Press brake'): FrameworkSummary => ({
  id: `${soc}@${version}`,
  title,
  soc,
  code,
  group: '',
  jobZone: 3,
  version,
  statementCount: 4,
  levels: ['emerging', 'developing', 'proficient', 'advanced'],
  origin: 'own',
  fileName: null,
  importedAt: null,
});

describe('--framework on the command line', () => {
  const library = [
    summary('51-8099.00', 'v.26.05', '51-8099.00', 'Plant operators'),
    summary('00-1234.56', '1', 'PB-101'),
    summary('00-1234.56', '10', 'PB-101'),
    summary('00-1234.56', '9', 'PB-101'),
  ];

  it('finds the newest version by a SOC code, a trainer’s own code or an exact id', () => {
    expect(findFramework('51-8099.00', library).id).toBe('51-8099.00@v.26.05');
    expect(findFramework('PB-101', library).id).toBe('00-1234.56@10');
    expect(findFramework('00-1234.56@9', library).id).toBe('00-1234.56@9');
  });

  it('lists the codes a trainer knows when the name matches nothing', () => {
    expect(() => findFramework('XX-1', library)).toThrow(/PB-101 {2}Press brake \(version 1,/);
  });
});
