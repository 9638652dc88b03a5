import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { TraineeDetail } from '../../../shared/trainees/traineeViews';
import { errorMessage } from '../api/client';
import { useSetArchived, useSettings, useTrainee } from '../api/traineeQueries';
import { AssignPlanModal } from '../plans/AssignPlanModal';
import { PlanCard } from '../plans/PlanCard';
import { useCheckoffActions } from '../plans/useCheckoffActions';
import { ExportProgressModal } from '../reports/ExportProgressModal';
import { ReportPreviewModal } from '../reports/ReportPreviewModal';
import { TraineeReportModal } from '../reports/TraineeReportModal';
import { useReportExport } from '../reports/useReportExport';
import { DeleteTraineeDialog } from '../trainees/DeleteTraineeDialog';
import { HistoryTimeline } from '../trainees/HistoryTimeline';
import { TraineeDetailsCard } from '../trainees/TraineeDetailsCard';
import { useReadOnly } from '../layout/useReadOnly';
import { TraineeFormModal } from '../trainees/TraineeFormModal';

type TraineeTab = 'plans' | 'history' | 'details';

function TraineeView({ detail }: { detail: TraineeDetail }) {
  const { trainee, plans } = detail;
  const settings = useSettings();
  const archive = useSetArchived();
  const actions = useCheckoffActions(trainee.id);
  const navigate = useNavigate();
  const exporter = useReportExport();
  const [dialog, setDialog] = useState<'edit' | 'assign' | 'delete' | 'report' | null>(null);
  const [tab, setTab] = useState<TraineeTab>('plans');
  const locked = useReadOnly().controls;
  // Opened from the skills matrix at one plan, and maybe one statement of it: the page goes there.
  const [params] = useSearchParams();
  const shownPlan = params.get('plan');
  const shownStatement = params.get('statement');

  const setArchived = (archived: boolean): void =>
    archive.mutate(
      { id: trainee.id, archived },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: archived
              ? `${trainee.fullName} archived. They are hidden from the list unless “Show archived” is on.`
              : `${trainee.fullName} restored.`,
          }),
        onError: (error) => notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(error) }),
      },
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={2}>{trainee.fullName}</Title>
            {trainee.archived && (
              <Badge color="gray" variant="outline" tt="none" data-testid="archived-badge">
                Archived
              </Badge>
            )}
          </Group>
        </div>
        <Group gap="xs">
          <Button onClick={() => setDialog('report')}>Export progress report</Button>
          <Button variant="default" onClick={() => setDialog('edit')} {...locked}>
            Edit details
          </Button>
          {trainee.archived ? (
            <Button variant="default" onClick={() => setArchived(false)} loading={archive.isPending} {...locked}>
              Restore
            </Button>
          ) : (
            <Button variant="default" onClick={() => setArchived(true)} loading={archive.isPending} {...locked}>
              Archive
            </Button>
          )}
          <Button variant="subtle" color="red" onClick={() => setDialog('delete')} {...locked}>
            Delete…
          </Button>
        </Group>
      </Group>
      {/* Tabs keep a long history from making the page endless; each tab loads only when it is opened. */}
      <Tabs value={tab} onChange={(value) => setTab((value as TraineeTab | null) ?? 'plans')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="plans">Plans ({plans.length})</Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
          <Tabs.Tab value="details">Details</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plans" pt="md">
          <Stack>
            <Group justify="space-between">
              <Title order={3} size="h4">
                Plans
              </Title>
              {!trainee.archived && (
                <Button onClick={() => setDialog('assign')} {...locked}>
                  Assign framework
                </Button>
              )}
            </Group>
            {plans.length === 0 && (
              <Text c="dimmed">No plan yet. Assign a framework with a target level to start.</Text>
            )}
            {plans.map((plan) => (
              <PlanCard
                key={plan.planId}
                plan={plan}
                defaultAssessor={settings.data?.trainerName ?? ''}
                actions={actions}
                readOnly={trainee.archived}
                shown={plan.planId === shownPlan ? { statementId: shownStatement } : null}
              />
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTimeline traineeId={trainee.id} />
        </Tabs.Panel>
        <Tabs.Panel value="details" pt="md">
          <TraineeDetailsCard trainee={trainee} firstCheckoffOn={detail.firstCheckoffOn} />
        </Tabs.Panel>
      </Tabs>

      {dialog === 'report' && (
        <TraineeReportModal
          opened
          detail={detail}
          defaultPaper={settings.data?.paperSize ?? 'A4'}
          exporter={exporter}
          onClose={() => setDialog(null)}
        />
      )}
      <ExportProgressModal progress={exporter.progress} onCancel={exporter.cancel} />
      <ReportPreviewModal file={exporter.preview} onClose={exporter.closePreview} />
      {dialog === 'edit' && (
        <TraineeFormModal
          opened
          trainee={trainee}
          firstCheckoffOn={detail.firstCheckoffOn}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'assign' && (
        <AssignPlanModal
          opened
          traineeId={trainee.id}
          traineeName={trainee.fullName}
          traineeStart={trainee.startDate}
          heldFrameworkIds={plans.map((p) => p.frameworkId)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <DeleteTraineeDialog
          trainee={trainee}
          opened
          onClose={() => setDialog(null)}
          onDeleted={() => void navigate('/trainees')}
        />
      )}
    </Stack>
  );
}

export function TraineePage() {
  const { id = '' } = useParams();
  const detail = useTrainee(id);
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/trainees" size="sm">
        ← All trainees
      </Anchor>
      {detail.isPending && <Loader aria-label="Loading trainee" />}
      {detail.isError && (
        <Alert color="red" title="Trainee not shown">
          {errorMessage(detail.error)}
        </Alert>
      )}
      {detail.data && <TraineeView detail={detail.data} />}
    </Stack>
  );
}
