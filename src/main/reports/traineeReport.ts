import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../../shared/dates';
import { splitStatement } from '../../shared/framework/framework';
import { LEVEL_LABELS } from '../../shared/framework/levels';
import { attainedLabel, PLAN_STATUS_LABELS } from '../../shared/progress/progressRules';
import type { TraineeReportOptions } from '../../shared/reports/reportOptions';
import type { Trainee } from '../../shared/trainees/traineeFields';
import type { PlanView } from '../../shared/trainees/traineeViews';
import { MUTED, progressBar, tickBox } from './drawings';
import { breakLongWords } from './pdfText';
import { attributionBlock, baseDocument, contentWidth, footer, titleBlock } from './reportLayout';

export const TRAINEE_REPORT_TITLE = 'Training progress report';

export interface TraineeReportData {
  organisationName: string;
  generatedAt: Date;
  trainee: Trainee;
  plans: PlanView[];
  options: Pick<TraineeReportOptions, 'includeNotes' | 'outstandingOnly' | 'paperSize'>;
}

function field(label: string, value: string): Content {
  return { stack: [{ text: label, style: 'label' }, { text: breakLongWords(value || '—') }], margin: [0, 0, 0, 6] };
}

function traineeBlock(trainee: Trainee): Content {
  return {
    columns: [
      {
        width: '*',
        stack: [field('Trainee', trainee.fullName), field('Employee or badge ID', trainee.employeeId ?? '')],
      },
      { width: '*', stack: [field('Team or department', trainee.team), field('Site', trainee.site)] },
      { width: '*', stack: [field('Trainer', trainee.trainer), field('Start date', formatDate(trainee.startDate))] },
    ],
    columnGap: 12,
  };
}

/** "Topic — performance", with the topic in bold; as worded when it was checked off, if it was. */
function statementCell(text: string): TableCell {
  const { topic, performance } = splitStatement(text);
  if (topic === null) return { text: breakLongWords(text) };
  return { text: [{ text: breakLongWords(topic), bold: true }, ` — ${breakLongWords(performance)}`] };
}

function planSummary(plan: PlanView, barWidth: number, pageBreak: boolean): Content {
  const { toTarget } = plan;
  return {
    ...(pageBreak ? { pageBreak: 'before' as const } : {}),
    stack: [
      { text: plan.frameworkTitle, style: 'planTitle' },
      {
        text: `SOC ${plan.soc} · framework version ${plan.framework.version} · started ${formatDate(plan.startDate)}`,
        style: 'label',
      },
      {
        margin: [0, 8, 0, 4],
        columns: [
          field('Target', `${LEVEL_LABELS[plan.targetLevel]} by ${formatDate(plan.targetDate)}`),
          field('Attained level', attainedLabel(plan.attained)),
          field('Status', PLAN_STATUS_LABELS[plan.status]),
          field('Progress to target', `${toTarget.percent}% (${toTarget.achieved} of ${toTarget.total} statements)`),
        ],
        columnGap: 10,
      },
      {
        table: {
          widths: [70, barWidth, 50],
          body: plan.levels.map((level) => [
            { text: level.label, fontSize: 9 },
            progressBar(level.percent, barWidth),
            { text: `${level.achieved} / ${level.total}`, fontSize: 9, alignment: 'right' },
          ]),
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 8],
      },
    ],
    unbreakable: true,
  };
}

function checklist(plan: PlanView, options: TraineeReportData['options']): Content {
  const withNotes = options.includeNotes;
  const header: TableCell[] = [
    { text: '', style: 'tableHeader' },
    { text: options.outstandingOnly ? 'Outstanding statement' : 'Statement', style: 'tableHeader' },
    { text: 'Achieved', style: 'tableHeader' },
    { text: 'Assessor', style: 'tableHeader' },
    ...(withNotes ? [{ text: 'Evidence note', style: 'tableHeader' }] : []),
  ];
  const columns = header.length;
  const body: TableCell[][] = [header];
  for (const level of plan.framework.levels) {
    const progress = plan.levels.find((l) => l.level === level.key);
    const statements = level.statements.filter((s) => !options.outstandingOnly || !plan.checkoffs[s.id]);
    body.push([
      {
        text: `${level.label} — ${progress?.achieved ?? 0} of ${progress?.total ?? level.statements.length} achieved`,
        style: 'levelRow',
        colSpan: columns,
      },
      ...Array.from({ length: columns - 1 }, () => ({ text: '' })),
    ]);
    if (statements.length === 0) {
      body.push([
        { text: 'Every statement at this level is achieved.', colSpan: columns, color: MUTED, italics: true },
        ...Array.from({ length: columns - 1 }, () => ({ text: '' })),
      ]);
    }
    for (const statement of statements) {
      const checkoff = plan.checkoffs[statement.id];
      body.push([
        tickBox(checkoff !== undefined),
        statementCell(checkoff?.statementText ?? statement.text),
        { text: checkoff ? formatDate(checkoff.achievedOn) : '' },
        { text: breakLongWords(checkoff?.assessor ?? '') },
        ...(withNotes ? [{ text: breakLongWords(checkoff?.note ?? ''), fontSize: 8.5 }] : []),
      ]);
    }
  }
  return {
    table: {
      headerRows: 1,
      widths: withNotes ? [12, '*', 56, 72, 120] : [12, '*', 62, 96],
      body,
    },
    layout: {
      hLineWidth: (i) => (i <= 1 ? 0.8 : 0.4),
      vLineWidth: () => 0,
      hLineColor: () => '#dee2e6',
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    fontSize: 9,
  };
}

function signOffBlock(trainee: Trainee): Content {
  const party = (role: string, name: string): Content => ({
    stack: [
      { text: role, bold: true, margin: [0, 0, 0, 10] },
      { text: `Name: ${name}`, margin: [0, 0, 0, 18] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 150, y2: 0, lineWidth: 0.6 }] },
      { text: 'Signature', style: 'label', margin: [0, 2, 0, 14] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 150, y2: 0, lineWidth: 0.6 }] },
      { text: 'Date', style: 'label' },
    ],
  });
  return {
    stack: [
      { text: 'Sign-off', style: 'sectionTitle' },
      {
        columns: [
          party('Trainee', trainee.fullName),
          party('Trainer', trainee.trainer || '________________'),
          party('Manager', '________________'),
        ],
        columnGap: 16,
      },
    ],
    unbreakable: true,
    margin: [0, 6, 0, 0],
  };
}

/** One trainee's report: who, each plan's standing with a bar per level, the checklist, sign-off, attribution. */
export function traineeReportDocument(data: TraineeReportData): TDocumentDefinitions {
  const { trainee, plans, options, generatedAt } = data;
  const width = contentWidth(options.paperSize, false);
  const content: Content[] = [
    titleBlock(data.organisationName, TRAINEE_REPORT_TITLE, generatedAt, width),
    traineeBlock(trainee),
  ];
  if (plans.length === 0)
    content.push({ text: 'No training plan has been assigned yet.', italics: true, margin: [0, 12, 0, 0] });
  plans.forEach((plan, index) => {
    content.push(planSummary(plan, width - 140, index > 0));
    content.push(checklist(plan, options));
  });
  content.push(signOffBlock(trainee));
  if (plans.length > 0) content.push(attributionBlock(plans.map((p) => p.framework)));
  return {
    ...baseDocument(options.paperSize, false, `${TRAINEE_REPORT_TITLE}: ${trainee.fullName}`),
    footer: footer(`${trainee.fullName} · ${TRAINEE_REPORT_TITLE}`, generatedAt),
    content,
  };
}
