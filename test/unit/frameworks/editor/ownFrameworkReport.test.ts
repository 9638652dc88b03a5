import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../reports/pdfInspect';
import { useTempDirs } from '../../support/tempDir';
import { reportOfNewPlan } from '../../support/planReport';
import { openTestApp } from '../../support/testApp';
import { pressDraft } from './draftFixtures';

const tempDir = useTempDirs();

async function reportText(code: string): Promise<string> {
  const { call } = await openTestApp(await tempDir());
  const own = await call('frameworks:create', pressDraft({ code }));
  const bytes = await reportOfNewPlan(call, own.id);
  if (process.env.KEEP_PDF) await writeFile(`/tmp/shots/editor-report-${code || 'nocode'}.pdf`, bytes);
  return (await readPdf(bytes)).all;
}

describe('a framework made in Trainplan in a trainee report', () => {
  it('without a code shows no made-up “00-” code, and carries its source and licence', async () => {
    const text = await reportText('');
    expect(text).toContain('Press Brake Operation');
    expect(text).not.toMatch(/00-\d{4}/);
    expect(text).not.toContain('SOC');
    expect(text).toContain('Hall B training team · For internal use');
  });

  it('with its own code shows that code, not as a SOC code', async () => {
    const text = await reportText('PB-101');
    expect(text).toContain('Code PB-101 · framework version 1');
    expect(text).toContain('Press Brake Operation (PB-101, 1)');
    expect(text).not.toMatch(/00-\d{4}/);
  });
});
