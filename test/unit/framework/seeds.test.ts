import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributionLine, normaliseFramework, splitStatement } from '../../../src/shared/framework/framework';
import { LEVEL_KEYS } from '../../../src/shared/framework/levels';
import { parseFrameworkFile } from '../../../src/shared/framework/parseFrameworkFile';
import { SEEDS_DIR, seedText } from '../../fixtures/frameworkFiles';

const SEED_SOCS = ['17-3024.00', '43-9071.00', '51-8099.00'];

describe('bundled seeds', () => {
  it('ships exactly the three frameworks, named by SOC code', () => {
    expect(readdirSync(SEEDS_DIR).sort()).toEqual(SEED_SOCS.map((soc) => `${soc}.json`));
  });

  it.each(SEED_SOCS)('%s loads as 4 levels of 10 statements with stable ids', (soc) => {
    const framework = normaliseFramework(parseFrameworkFile(`${soc}.json`, seedText(soc)), 'bundled');
    expect(framework.id).toBe(`${soc}@v.26.05`);
    expect(framework.occupation.soc).toBe(soc);
    expect(framework.levels.map((l) => l.key)).toEqual([...LEVEL_KEYS]);
    expect(framework.levels.map((l) => l.label)).toEqual(['Emerging', 'Developing', 'Proficient', 'Advanced']);
    for (const level of framework.levels) {
      expect(level.statements).toHaveLength(10);
      expect(level.statements.map((s) => s.id)).toEqual(Array.from({ length: 10 }, (_, i) => `${level.key}.${i + 1}`));
      for (const statement of level.statements) {
        expect(statement.topic).not.toBeNull();
        expect(`${statement.topic ?? ''} — ${statement.performance}`).toBe(statement.text);
      }
    }
    expect(attributionLine(framework)).toBe(
      'O*NET v30.2 (CC BY 4.0) · https://skillscrosswalk.com · LER.me · © EBSCOed',
    );
  });

  it('keeps the seed text exactly as exported', () => {
    const raw = JSON.parse(seedText('43-9071.00')) as { framework: { levels: { advanced: { statements: string[] } } } };
    const framework = normaliseFramework(parseFrameworkFile('x.json', seedText('43-9071.00')), 'bundled');
    expect(framework.levels[3]?.statements.map((s) => s.text)).toEqual(raw.framework.levels.advanced.statements);
  });
});

describe('splitStatement', () => {
  it.each([
    ['Topic — does it — well', 'Topic', 'does it — well'],
    ['No dash at all', null, 'No dash at all'],
    ['Hyphen - is not the separator', null, 'Hyphen - is not the separator'],
    [' — starts with the dash', null, ' — starts with the dash'],
  ])('%s', (text, topic, performance) => {
    expect(splitStatement(text)).toEqual({ topic, performance });
  });
});
