import { FormError } from '../components/FormParts';
import { Alert, Button, Card, Code, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import {
  PAPER_SIZE_LABELS,
  PAPER_SIZES,
  START_PAGE_LABELS,
  START_PAGES,
  settingsSchema,
  type Settings,
} from '../../../shared/settings/settings';
import { errorMessage } from '../api/client';
import { useAppInfo, useSettings, useUpdateSettings } from '../api/traineeQueries';
import { applyServerErrors } from '../components/applyServerErrors';
import { BackupsCard } from '../settings/BackupsCard';
import { DataTransferCard } from '../settings/DataTransferCard';
import { useLeaveGuard } from '../layout/useLeaveGuard';
import { useReadOnly } from '../layout/useReadOnly';

function SettingsForm({ settings }: { settings: Settings }) {
  const locked = useReadOnly().controls;
  const update = useUpdateSettings();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Settings>({
    mode: 'controlled',
    initialValues: settings,
    validate: schemaResolver(settingsSchema, { sync: true }),
  });
  const { setValues, resetDirty } = form;
  useEffect(() => {
    setValues(settings);
    resetDirty(settings);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings]);
  useLeaveGuard(form.isDirty());

  return (
    <form
      noValidate
      data-testid="settings-form"
      onSubmit={form.onSubmit((values) =>
        // The remembered roster columns are the import's to write; a form opened earlier must not undo them.
        update.mutate(
          { ...values, rosterMappings: undefined },
          {
            onSuccess: () => notifications.show({ color: 'teal', message: 'Settings saved.' }),
            onError: (error) => setFormError(applyServerErrors(form, error, errorMessage)),
          },
        ),
      )}
    >
      <Stack maw={520}>
        <FormError message={formError} />
        <TextInput
          label="Organisation name"
          description="Printed at the top of every report"
          {...form.getInputProps('organisationName')}
        />
        <TextInput
          label="Your name (trainer)"
          description="Recorded as the assessor of your check-offs and as the author of every change"
          {...form.getInputProps('trainerName')}
        />
        <div>
          <Text size="sm" fw={500} id="paper-size-label">
            Default paper size for reports
          </Text>
          <SegmentedControl
            aria-labelledby="paper-size-label"
            data={PAPER_SIZES.map((p) => ({ value: p, label: PAPER_SIZE_LABELS[p] }))}
            {...form.getInputProps('paperSize')}
          />
        </div>
        <div>
          <Text size="sm" fw={500} id="start-page-label">
            Trainplan opens on
          </Text>
          <Text size="xs" c="dimmed" id="start-page-description">
            The dashboard suits a manager&apos;s computer; the trainees list a trainer&apos;s.
          </Text>
          <SegmentedControl
            aria-labelledby="start-page-label"
            aria-describedby="start-page-description"
            data={START_PAGES.map((p) => ({ value: p, label: START_PAGE_LABELS[p] }))}
            {...form.getInputProps('startPage')}
          />
        </div>
        <Group>
          <Button type="submit" loading={update.isPending} {...locked}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SettingsPage() {
  const settings = useSettings();
  const info = useAppInfo();
  return (
    <Stack>
      <Title order={2}>Settings</Title>
      {settings.isError && <Alert color="red">{errorMessage(settings.error)}</Alert>}
      {settings.data && <SettingsForm settings={settings.data} />}
      <BackupsCard />
      <DataTransferCard />
      {info.data && (
        <Card withBorder maw={720}>
          <Text size="sm">
            Trainplan {info.data.version} ({info.data.mode === 'desktop' ? 'desktop app' : 'browser mode'}). Your
            records are kept in <Code>{info.data.dataFolder}</Code>.
          </Text>
        </Card>
      )}
    </Stack>
  );
}
