import dayjs from 'dayjs';
import type { ExportAbout } from './exportTable';

/** What an export says about itself, as label and value pairs: the workbook's About sheet, a CSV's last rows. */
export function aboutLines(about: ExportAbout): [string, string][] {
  const lines: [string, string][] = [['Report', about.title]];
  if (about.organisationName.trim() !== '') lines.push(['Organisation', about.organisationName]);
  lines.push(['Generated', dayjs(about.generatedAt).format('YYYY-MM-DD HH:mm')]);
  lines.push(['Filters', about.filterDescription || 'None: every current trainee']);
  for (const { title, line } of about.attributions) lines.push(['Source', `${title}: ${line}`]);
  return lines;
}
