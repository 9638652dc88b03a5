import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../../shared/dates';
import { LEVEL_LABELS } from '../../shared/framework/levels';
import { shownCode } from '../../shared/framework/shownCode';
import { attainedLabel, PLAN_STATUS_LABELS } from '../../shared/progress/progressRules';
import type { TraineeReportOptions } from '../../shared/reports/reportOptions';
import type { Trainee } from '../../shared/trainees/traineeFields';
import type { PlanView } from '../../shared/trainees/traineeViews';
import { MUTED, progressBar } from './drawings';
import { breakLongWords } from './pdfText';
import { ABOVE_TARGET, checklist, isAboveTarget, levelsShown } from './traineeChecklist';
import { attributionBlock, baseDocument, contentWidth, footer, titleBlock } from './reportLayout';
import { TRAINEE_REPORT_TITLE } from './reportTitles';

export { TRAINEE_REPORT_TITLE };

export interface TraineeReportData {
  organisationName: string;
  generatedAt: Date;
  trainee: Trainee;
  plans: PlanView[];
  options: Pick<TraineeReportOptions, 'includeNotes' | 'outstandingOnly' | 'includeAboveTarget' | 'paperSize'>;
}

/** "SOC 43-9071.00 · ", the trainer's own code, or nothing for a made-up code that is no SOC code. */
function codePrefix(plan: PlanView): string {
  const code = shownCode(plan.framework.occupation);
  if (code === null) return '';
  return code === plan.framework.occupation.soc ? `SOC ${code} · ` : `Code ${code} · `;
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

/** The column of level names beside the bars: wide enough for "Proficient · above target". */
const BAR_LABEL_WIDTH = 120;

/** Which levels above the target were left out, in words, or null when none were. */
function leftOut(plan: PlanView, options: TraineeReportData['options']): string | null {
  if (options.includeAboveTarget) return null;
  const above = plan.levels.filter((l) => isAboveTarget(plan, l.level)).map((l) => l.label);
  if (above.length === 0) return null;
  return `Levels above the target (${above.join(', ')}) are left out of this report.`;
}

function planSummary(
  plan: PlanView,
  width: number,
  pageBreak: boolean,
  options: TraineeReportData['options'],
): Content {
  const { toTarget } = plan;
  const barWidth = width - BAR_LABEL_WIDTH - 70;
  const note = leftOut(plan, options);
  return {
    ...(pageBreak ? { pageBreak: 'before' as const } : {}),
    stack: [
      { text: plan.frameworkTitle, style: 'planTitle' },
      {
        text: `${codePrefix(plan)}framework version ${plan.framework.version} · started ${formatDate(plan.startDate)}`,
        style: 'label',
      },
      {
        margin: [0, 8, 0, 4],
        columns: [
          field(
            'Target',
            `${LEVEL_LABELS[plan.targetLevel]}${plan.targetDate ? ` by ${formatDate(plan.targetDate)}` : ''}`,
          ),
          field('Attained level', attainedLabel(plan.attained)),
          field('Status', PLAN_STATUS_LABELS[plan.status]),
          field('Progress to target', `${toTarget.percent}% (${toTarget.achieved} of ${toTarget.total} statements)`),
        ],
        columnGap: 10,
      },
      {
        table: {
          widths: [BAR_LABEL_WIDTH, barWidth, 50],
          body: levelsShown(plan, plan.levels, options).map((level) => [
            {
              text: isAboveTarget(plan, level.level)
                ? [level.label, { text: ` · ${ABOVE_TARGET}`, color: MUTED }]
                : level.label,
              fontSize: 9,
            },
            progressBar(level.percent, barWidth),
            { text: `${level.achieved} / ${level.total}`, fontSize: 9, alignment: 'right' },
          ]),
        },
        layout: 'noBorders',
        margin: [0, 0, 0, note ? 2 : 8],
      },
      ...(note
        ? [{ text: note, style: 'label', italics: true, margin: [0, 0, 0, 8] as [number, number, number, number] }]
        : []),
    ],
    unbreakable: true,
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
    content.push(planSummary(plan, width, index > 0, options));
    content.push(checklist(plan, options));
  });
  content.push(signOffBlock(trainee));
  if (plans.length > 0) content.push(attributionBlock(plans.map((p) => p.framework)));
  return {
    ...baseDocument(options.paperSize, false, `${TRAINEE_REPORT_TITLE}: ${trainee.fullName}`),
    footer: footer({ shorten: trainee.fullName, after: ` · ${TRAINEE_REPORT_TITLE}` }, generatedAt, width),
    content,
  };
}
