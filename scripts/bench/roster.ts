// npx tsx scripts/bench/roster.ts — roster import of HR workbooks through the real browser bridge
// (`out/main/web.js`; run `npx electron-vite build` first). A benchmark, not a test: it prints figures
// measured in this run and asserts nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { encodeForWire } from '../../src/shared/api/wire';
import { startBridgeProcess, type BridgeProcess } from '../../test/e2e/support/bridgeProcess';
import { declaringSize, hrWorkbook, sheetOfRows, withEntry } from '../../test/fixtures/rosterWorkbooks';
import { steadyCalls } from '../../test/unit/reports/steadyCalls';

const SIZES = [2_000, 5_000, 20_000];
const EVERY_MS = 50;

type Answer = { ok: boolean; value?: unknown; error?: { message: string } };

function caller(bridge: BridgeProcess) {
  const { origin, searchParams } = new URL(bridge.url);
  return async (name: string, input: unknown): Promise<Answer> => {
    const response = await fetch(`${origin}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trainplan-token': searchParams.get('token') ?? '' },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Answer;
  };
}

async function withBridge<T>(work: (call: ReturnType<typeof caller>) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'trainplan-bench-roster-'));
  const bridge = await startBridgeProcess(dataDir);
  try {
    return await work(caller(bridge));
  } finally {
    await bridge.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

interface Calls {
  due: number;
  answered: number;
  longest: number;
  p95: number;
}

interface Run {
  people: number;
  kb: number;
  previewMs: number;
  importMs: number;
  whilePreview: Calls;
  whileImport: Calls;
  /** The whole list (the Reports page asks for it) after the import, alone: its own cost, not a wait. */
  wholeListMs: number;
}

/** What the Trainees screen asks for: its first page, everyone, by name. */
const FIRST_PAGE = {
  filter: {
    search: '',
    team: null,
    site: null,
    trainer: null,
    frameworkId: null,
    status: null,
    includeArchived: false,
  },
  sort: { key: 'name', direction: 'asc' },
  offset: 0,
  limit: 50,
};

/** The Trainees screen's call every 50 ms while `work` runs: how many were answered meanwhile, and the waits. */
async function callsDuring(call: ReturnType<typeof caller>, work: () => Promise<Answer>): Promise<[number, Calls]> {
  let busy = true;
  const calls = steadyCalls(
    EVERY_MS,
    async () => {
      const answer = await call('trainees:query', FIRST_PAGE);
      if (!answer.ok) throw new Error(answer.error?.message);
    },
    () => busy,
  );
  const started = performance.now();
  const answer = await work();
  const ms = performance.now() - started;
  busy = false;
  const { answeredWhileBusy, longest, p95 } = await calls.stop();
  if (!answer.ok) throw new Error(answer.error?.message);
  return [ms, { due: Math.floor(ms / EVERY_MS), answered: answeredWhileBusy, longest, p95 }];
}

/** Preview then import of one workbook, with a trainees list call every 50 ms meanwhile. */
async function measure(people: number): Promise<Run> {
  const bytes = await hrWorkbook(people);
  return withBridge(async (call) => {
    await call('trainees:list', {});
    const [previewMs, whilePreview] = await callsDuring(call, () =>
      call('roster:preview', encodeForWire({ fileName: 'hr.xlsx', bytes })),
    );
    let added = 0;
    const [importMs, whileImport] = await callsDuring(call, async () => {
      const answer = await call('roster:import', encodeForWire({ fileName: 'hr.xlsx', bytes, existing: 'update' }));
      added = (answer.value as { added?: number } | undefined)?.added ?? 0;
      return answer;
    });
    if (added !== people) throw new Error('Not everyone was imported.');
    await call('trainees:list', {});
    const listStarted = performance.now();
    await call('trainees:list', {});
    const wholeListMs = performance.now() - listStarted;
    return {
      people,
      kb: Math.round(bytes.byteLength / 1024),
      previewMs,
      importMs,
      whilePreview,
      whileImport,
      wholeListMs,
    };
  });
}

/** How long the bridge takes to refuse a hostile workbook, and what it says. */
async function refusal(label: string, bytes: Uint8Array): Promise<string> {
  return withBridge(async (call) => {
    const started = performance.now();
    const answer = await call('roster:preview', encodeForWire({ fileName: 'hr.xlsx', bytes }));
    const ms = performance.now() - started;
    const said = answer.ok ? 'ACCEPTED' : (answer.error?.message ?? '');
    return `| ${label} | ${String(Math.round(bytes.byteLength / 1024))} KB | ${ms.toFixed(0)} ms | ${said} |`;
  });
}

// The same calls with nothing else to do: on a shared machine the waits are never zero, so this is the bar.
const idle = await withBridge(async (call) => {
  await call('trainees:list', {});
  const [, meanwhile] = await callsDuring(call, async () => {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    return { ok: true };
  });
  return meanwhile;
});
const runs: Run[] = [];
for (const people of SIZES) runs.push(await measure(people));
const base = runs[0];
if (!base) throw new Error('No run.');
const perPerson = (r: Run) => (r.previewMs + r.importMs) / r.people;

const calls = (c: Calls) =>
  `${String(c.answered)} of ${String(c.due)}; longest ${c.longest.toFixed(0)} ms, 95 % within ${c.p95.toFixed(0)} ms`;
console.log(
  '| People × 7 columns | File | Preview | Import | Time per person vs 2,000 | The Trainees screen’s first page asked every 50 ms during the preview: answered of due; waits | … during the import | The whole list afterwards, alone |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |');
console.log(`| (nothing running, 5 s) | | | | | ${calls(idle)} | | |`);
for (const r of runs) {
  console.log(
    `| ${r.people.toLocaleString('en')} | ${String(r.kb)} KB | ${r.previewMs.toFixed(0)} ms | ${r.importMs.toFixed(0)} ms | ${(perPerson(r) / perPerson(base)).toFixed(2)}× | ${calls(r.whilePreview)} | ${calls(r.whileImport)} | ${r.wholeListMs.toFixed(0)} ms |`,
  );
}
const last = runs.at(-1) ?? base;
const middle = runs[1] ?? base;
const total = (r: Run) => r.previewMs + r.importMs;
console.log(
  `\nPreview + import, 20,000 vs 2,000 people: ${(total(last) / total(base)).toFixed(1)}× the time for 10× the people; 20,000 vs 5,000: ${(total(last) / total(middle)).toFixed(1)}× for 4×.`,
);

console.log('\n| Hostile workbook | File | Refused after | Message |');
console.log('| --- | ---: | ---: | --- |');
const small = await hrWorkbook(2);
const SHEET = 'xl/worksheets/sheet1.xml';
console.log(
  await refusal(
    'One column down to Excel’s last row (1,048,576 rows)',
    await withEntry(small, SHEET, sheetOfRows(1_048_576)),
  ),
);
console.log(await refusal('50,000 one-column rows', await withEntry(small, SHEET, sheetOfRows(50_000))));
// As the attack sent it: 8 sheets that unpack to 0.45 GB each. One buffer serves all 8 (a string would be copied 8 times).
const sheet = sheetOfRows(3);
const head = Buffer.from(sheet.replace('<sheetData>', '<!--').split('<!--')[0] ?? '');
const padded = Buffer.concat([
  head,
  Buffer.from('<!--'),
  Buffer.alloc(450 * 1024 * 1024, 0x20),
  Buffer.from('-->'),
  Buffer.from(sheet.slice(sheet.indexOf('<sheetData>'))),
]);
const eightSheets = await JSZip.loadAsync(small);
for (let i = 1; i <= 8; i += 1) eightSheets.file(`xl/worksheets/sheet${String(i)}.xml`, padded);
const bomb = await eightSheets.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
console.log(await refusal('8 sheets that unpack to 0.45 GB each', bomb));
// Only a bound kept while inflating catches this one: the sizes the zip declares add up to 16 KB.
let lying = bomb;
for (let i = 1; i <= 8; i += 1) lying = declaringSize(lying, `xl/worksheets/sheet${String(i)}.xml`, 2048);
console.log(await refusal('The same, each sheet declared as 2 KB', lying));
