import { Alert, Loader, Stack, Title } from '@mantine/core';
import { errorMessage } from '../api/client';
import { useFrameworks } from '../api/frameworkQueries';
import { useSettings, useTrainees } from '../api/traineeQueries';
import { CohortReportCard } from '../reports/CohortReportCard';
import { ExportProgressModal } from '../reports/ExportProgressModal';
import { IndividualReportCard } from '../reports/IndividualReportCard';
import { ReportPreviewModal } from '../reports/ReportPreviewModal';
import { useReportExport } from '../reports/useReportExport';

export function ReportsPage() {
  const trainees = useTrainees();
  const frameworks = useFrameworks();
  const settings = useSettings();
  const exporter = useReportExport();
  const paper = settings.data?.paperSize ?? 'A4';
  return (
    <Stack maw={1100}>
      <Title order={2}>Reports</Title>
      {trainees.isPending && <Loader aria-label="Loading trainees" />}
      {trainees.isError && <Alert color="red">{errorMessage(trainees.error)}</Alert>}
      {trainees.data && (
        <>
          <IndividualReportCard trainees={trainees.data} defaultPaper={paper} exporter={exporter} />
          <CohortReportCard
            trainees={trainees.data}
            frameworks={frameworks.data ?? []}
            defaultPaper={paper}
            exporter={exporter}
          />
        </>
      )}
      <ExportProgressModal progress={exporter.progress} onCancel={exporter.cancel} />
      <ReportPreviewModal file={exporter.preview} onClose={exporter.closePreview} />
    </Stack>
  );
}
