import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../../shared/dates';
import { LEVEL_LABELS } from '../../shared/framework/levels';
import type { Dashboard } from '../../shared/overview/dashboard';
import { PLAN_STATUS_LABELS } from '../../shared/progress/progressRules';
import type { PaperSize } from '../../shared/settings/settings';
import { attributionLinesBlock } from './attributionLines';
import { columnChart, figureBox, levelLegend, stackedBars, type StackedBar } from './dashboardCharts';
import { renderPdf, type RenderedPdf } from './pdfEngine';
import { breakLongWords } from './pdfText';
import { baseDocument, contentWidth, footer, titleBlock } from './reportLayout';
import { STATUS_FILLS, STATUS_ORDER } from './statusColours';
import { DASHBOARD_REPORT_TITLE } from './reportTitles';

export { DASHBOARD_REPORT_TITLE };

/** What the one-page dashboard summary is made of: plain data, cloned to the report worker. */
export interface DashboardPdfData {
  organisationName: string;
  generatedAt: Date;
  filterDescription: string;
  paperSize: PaperSize;
  dashboard: Dashboard;
  attributions: { title: string; line: string }[];
}

/** Bars per chart before the rest are summed up in "and N more": two charts side by side fit 12 each. */
export const BARS_SHOWN = 12;
/** The most rows the attention list starts with; fewer when the page is fuller. */
export const ATTENTION_ROWS = 22;

const plural = (n: number, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

const heading = (text: string): Content => ({ text, bold: true, fontSize: 10, margin: [0, 8, 0, 4] });

function barChart(title: string, bars: StackedBar[], width: number, what: string): Content {
  // The biggest first: with many teams, those with the most plans are the ones shown.
  const sorted = [...bars].sort((a, b) => b.total - a.total);
  const shown = sorted.slice(0, BARS_SHOWN);
  const rest = sorted.slice(BARS_SHOWN);
  return {
    stack: [
      heading(title),
      bars.length === 0
        ? { text: 'No plans in this selection.', italics: true, fontSize: 8 }
        : stackedBars(shown, width, Math.min(110, width * 0.4)),
      ...(rest.length > 0
        ? [
            {
              text: `and ${plural(rest.length, `more ${what}`)} (${plural(
                rest.reduce((sum, b) => sum + b.total, 0),
                'plan',
              )})`,
              fontSize: 7,
              italics: true,
              color: '#495057',
            },
          ]
        : []),
    ],
  };
}

function figures(dashboard: Dashboard): Content {
  return {
    columns: [
      ...STATUS_ORDER.map((s) => figureBox(dashboard.statusCounts[s], PLAN_STATUS_LABELS[s], STATUS_FILLS[s])),
      figureBox(dashboard.withoutPlan, 'No plan yet', '#f8f9fa'),
    ],
    columnGap: 5,
  };
}

function dueTable(dashboard: Dashboard): Content {
  return {
    table: {
      widths: ['*', 'auto'],
      body: dashboard.due.map((d): TableCell[] => [
        { text: `Due within ${String(d.days)} days` },
        { text: String(d.plans), bold: true, alignment: 'right' },
      ]),
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
  };
}

function attentionTable(dashboard: Dashboard, rows: number): Content {
  const shown = dashboard.attention.slice(0, rows);
  if (dashboard.attentionTotal === 0) return { text: 'No plan is overdue or behind.', italics: true, fontSize: 8 };
  const body: TableCell[][] = [
    ['Trainee', 'Team', 'Framework', 'Target', 'Progress', 'Status'].map((h) => ({ text: h, style: 'tableHeader' })),
    ...shown.map((p): TableCell[] => [
      breakLongWords(p.fullName),
      breakLongWords(p.team),
      breakLongWords(p.frameworkTitle),
      `${LEVEL_LABELS[p.targetLevel]}${p.targetDate ? ` by ${formatDate(p.targetDate)}` : ''}`,
      `${String(p.toTarget.percent)}%`,
      { text: PLAN_STATUS_LABELS[p.status], fillColor: STATUS_FILLS[p.status] },
    ]),
  ];
  const more = dashboard.attentionTotal - shown.length;
  return {
    stack: [
      {
        table: { headerRows: 1, dontBreakRows: true, widths: ['*', 60, '*', 92, 36, 44], body },
        layout: 'lightHorizontalLines',
        fontSize: 7,
      },
      ...(more > 0
        ? [
            {
              text: `and ${plural(more, 'more plan')} overdue or behind`,
              fontSize: 7,
              italics: true,
              margin: [0, 2, 0, 0],
            },
          ]
        : []),
    ] as Content[],
  };
}

/** The dashboard page with `attentionRows` rows of the attention list. */
export function dashboardDocument(data: DashboardPdfData, attentionRows = ATTENTION_ROWS): TDocumentDefinitions {
  const { dashboard } = data;
  const width = contentWidth(data.paperSize, false);
  const half = (width - 16) / 2;
  const selection = `${plural(dashboard.trainees, 'trainee')} · ${plural(dashboard.plans, 'plan')} · ${
    data.filterDescription || 'all trainees'
  }`;
  const toBars = (
    rows: { plans: number; attained: Dashboard['byTeam'][number]['attained'] }[],
    label: (i: number) => string,
  ) => rows.map((r, i): StackedBar => ({ label: label(i), total: r.plans, counts: r.attained }));
  const content: Content[] = [
    titleBlock(data.organisationName, DASHBOARD_REPORT_TITLE, data.generatedAt, width, selection),
    heading('Plans by status'),
    figures(dashboard),
    heading('Attained level'),
    levelLegend(),
    {
      columns: [
        {
          width: half,
          ...(barChart(
            'By framework',
            toBars(dashboard.byFramework, (i) => dashboard.byFramework[i]?.title ?? ''),
            half,
            'framework',
          ) as object),
        },
        {
          width: half,
          ...(barChart(
            'By team',
            toBars(dashboard.byTeam, (i) => dashboard.byTeam[i]?.team || 'No team'),
            half,
            'team',
          ) as object),
        },
      ] as Content[],
      columnGap: 16,
    },
    {
      columns: [
        {
          width: width - 150,
          stack: [heading('Statements achieved per month'), columnChart(dashboard.perMonth, width - 170, 70)],
        },
        { width: 134, stack: [heading('Plans due'), dueTable(dashboard)] },
      ],
      columnGap: 16,
    },
    heading(`Needing attention: ${plural(dashboard.attentionTotal, 'plan')} overdue or behind`),
    attentionTable(dashboard, attentionRows),
    ...(data.attributions.length > 0
      ? [
          {
            ...(attributionLinesBlock(data.attributions, { fontSize: 6, heading: false, grouped: true }) as object),
            margin: [0, 8, 0, 0],
          } as Content,
        ]
      : []),
  ];
  return {
    ...baseDocument(data.paperSize, false, DASHBOARD_REPORT_TITLE),
    footer: footer({ before: `${DASHBOARD_REPORT_TITLE} · `, shorten: selection }, data.generatedAt, width),
    content,
  };
}

/** The dashboard on one page, its charts drawn as vectors; the attention list gives way until it fits. */
export async function renderDashboardPdf(data: DashboardPdfData): Promise<RenderedPdf> {
  const most = Math.min(ATTENTION_ROWS, data.dashboard.attention.length);
  const full = await renderPdf(dashboardDocument(data, most));
  if (full.pageCount <= 1) return full;
  // The most rows that still fit, found in a few tries; no rows at all always fits.
  let fits = 0;
  let best: RenderedPdf | null = null;
  let over = most;
  while (over - fits > 1) {
    const rows = Math.floor((fits + over) / 2);
    const pdf = await renderPdf(dashboardDocument(data, rows));
    if (pdf.pageCount <= 1) {
      fits = rows;
      best = pdf;
    } else {
      over = rows;
    }
  }
  return best ?? renderPdf(dashboardDocument(data, 0));
}
