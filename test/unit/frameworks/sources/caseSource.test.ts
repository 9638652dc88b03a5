import { describe, expect, it } from 'vitest';
import { preview, refusal, sourceBytes, textBytes } from './sourceFiles';

const DOC = { identifier: 'doc', title: 'Test package', version: '1' };
const child = (origin: string, destination: string, sequenceNumber?: number) => ({
  identifier: `${origin}>${destination}`,
  associationType: 'isChildOf',
  originNodeURI: { identifier: origin },
  destinationNodeURI: { identifier: destination },
  sequenceNumber,
});
const packageBytes = (pkg: unknown) => textBytes(JSON.stringify(pkg));

describe('CASE packages', () => {
  it('takes title, version, source and licence from the CFDocument and orders the tree', async () => {
    const result = await preview('machining.json', sourceBytes('case-machining.json'));
    expect(result.format).toBe('case');
    expect(result.file.occupation.title).toBe('Precision Machining Competencies');
    expect(result.file.framework.version).toBe('2024.1');
    expect(result.file.sources).toEqual({
      source: 'Example Skills Council, https://skills.example.org/machining',
      licence: 'CC BY 4.0',
    });
    // Levels by sequenceNumber; PM.1.2 before PM.1.10; list enumeration within PM.2.1.
    expect(result.file.framework.levels.emerging?.statements).toEqual([
      'Reads a simple drawing with help',
      'Measures a part with a calliper',
    ]);
    expect(result.file.framework.levels.developing?.statements).toEqual([
      'Machine set-up — Sets work offsets without help',
      'Machine set-up — Loads tools into the magazine',
    ]);
    expect(result.topGroups.map((g) => [g.title, g.level])).toEqual([
      ['Emerging', 'emerging'],
      ['Developing', 'developing'],
      ['Proficient', 'proficient'],
      ['Advanced', 'advanced'],
    ]);
  });

  it('falls back to the short statement or label, and says which associations it ignored', async () => {
    const result = await preview('machining.json', sourceBytes('case-machining.json'));
    expect(result.notes).toContain('3 items have no full statement; their short statement or label was used.');
    expect(result.leftOut).toEqual([
      '1 “isRelatedTo” association between items: Trainplan keeps only the tree (isChildOf).',
      '1 “RelatedTo” association between items: Trainplan keeps only the tree (isChildOf).',
      '1 “exactMatchOf” association between items: Trainplan keeps only the tree (isChildOf).',
    ]);
  });

  it('takes the levels from CFRubrics criterion levels when the package has them', async () => {
    const result = await preview('weld.json', sourceBytes('case-rubric.json'));
    expect(result.topGroups).toEqual([]);
    expect(result.file.framework.levels.emerging?.statements).toEqual([
      'Fillet welds — tacks two plates with help',
      'Weld inspection — spots an obvious crack when shown',
    ]);
    expect(result.file.framework.levels.advanced?.statements).toEqual([
      'Fillet welds — welds out of position to the standard',
      'Weld inspection — signs off welds for a customer order',
    ]);
    expect(result.file.sources).toEqual({ source: 'Welding Guild', licence: 'CC BY-SA 4.0' });
  });

  it('shares five top groups over the levels by position, and lets the trainer choose each one', async () => {
    const groups = ['A', 'B', 'C', 'D', 'E'];
    const pkg = {
      CFDocument: DOC,
      CFItems: groups.flatMap((g) => [
        { identifier: g, fullStatement: `Group ${g}` },
        { identifier: `${g}1`, fullStatement: `does ${g}` },
      ]),
      CFAssociations: groups.flatMap((g, i) => [child(g, 'doc', i + 1), child(`${g}1`, g)]),
    };
    const byPosition = await preview('five.json', packageBytes(pkg));
    expect(byPosition.topGroups.map((g) => g.level)).toEqual([
      'emerging',
      'emerging',
      'developing',
      'proficient',
      'advanced',
    ]);
    expect(byPosition.file.framework.levels.emerging?.statements).toEqual(['Group A — does A', 'Group B — does B']);
    const chosen = await preview('five.json', packageBytes(pkg), [
      'emerging',
      'developing',
      'proficient',
      'advanced',
      'advanced',
    ]);
    expect(chosen.file.framework.levels.advanced?.statements).toEqual(['Group D — does D', 'Group E — does E']);
  });

  it('refuses isChildOf links in a loop', async () => {
    const pkg = {
      CFDocument: DOC,
      CFItems: [
        { identifier: 'a', fullStatement: 'A' },
        { identifier: 'b', fullStatement: 'B' },
      ],
      CFAssociations: [child('a', 'b'), child('b', 'a')],
    };
    expect(await refusal('loop.json', packageBytes(pkg))).toBe(
      '“loop.json”: The items are children of each other in a loop (“A” is, in the end, its own parent). Nothing was imported.',
    );
  });

  it('refuses an item whose parent is missing', async () => {
    const pkg = {
      CFDocument: DOC,
      CFItems: [{ identifier: 'a', fullStatement: 'Measures parts' }],
      CFAssociations: [child('a', 'gone')],
    };
    expect(await refusal('orphan.json', packageBytes(pkg))).toBe(
      '“orphan.json”: The item “Measures parts” is the child of “gone”, which is not in the file. Nothing was imported.',
    );
  });

  it('refuses a tree thousands deep and a package of 100,000 items', async () => {
    const deep = Array.from({ length: 3000 }, (_, i) => ({ identifier: `i${i}`, fullStatement: `item ${i}` }));
    const deepPkg = {
      CFDocument: DOC,
      CFItems: deep,
      CFAssociations: deep.map((item, i) => child(item.identifier, i === 0 ? 'doc' : `i${i - 1}`)),
    };
    expect(await refusal('deep.json', packageBytes(deepPkg))).toContain('more than 20 tiers deep');
    const many = { CFDocument: DOC, CFItems: Array.from({ length: 100_000 }, (_, i) => ({ identifier: `${i}` })) };
    expect(await refusal('many.json', packageBytes(many))).toBe(
      '“many.json”: The file has 100,000 items; Trainplan reads frameworks of at most 20,000.',
    );
  });

  it('refuses a package without a document title, saying where', async () => {
    expect(await refusal('bare.json', packageBytes({ CFDocument: { identifier: 'x' } }))).toBe(
      '“bare.json”: This CASE package is missing parts Trainplan needs.',
    );
  });
});
