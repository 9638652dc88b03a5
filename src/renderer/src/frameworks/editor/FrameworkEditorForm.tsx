import { Alert, Button, Card, Group, SimpleGrid, Stack, TextInput, Textarea, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { draftErrors } from '../../../../shared/framework/editor/frameworkDraft';
import { LEVEL_KEYS } from '../../../../shared/framework/levels';
import { errorMessage } from '../../api/client';
import { applyServerErrors } from '../../components/applyServerErrors';
import { useReadOnly } from '../../layout/useReadOnly';
import { toDraft, type EditorValues } from './editorValues';
import { LevelStatements } from './LevelStatements';
import { useCreateFramework } from './useCreateFramework';
import { useLeaveGuard } from '../../layout/useLeaveGuard';

/** The editor's fields and levels. `basedOn` set: a new version of that framework, which keeps its code. */
export function FrameworkEditorForm({
  initialValues,
  basedOn,
  lockedCode,
}: {
  initialValues: EditorValues;
  basedOn?: string;
  /** Why the code cannot be changed (a new version keeps its framework's code), or null. */
  lockedCode: string | null;
}) {
  const locked = useReadOnly().controls;
  const navigate = useNavigate();
  const create = useCreateFramework();
  const [formError, setFormError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const form = useForm<EditorValues>({
    mode: 'controlled',
    initialValues,
    // The same rules main applies, so a trainer sees each problem beside its field before saving.
    validate: (values) => draftErrors(toDraft(values, basedOn)),
    // The summary above Save speaks of the last attempt; once the trainer changes something it is out of date.
    onValuesChange: () => setFormError(null),
  });

  const guard = useLeaveGuard(form.isDirty());
  const submit = form.onSubmit(
    (values) => {
      setFormError(null);
      create.mutate(toDraft(values, basedOn), {
        onSuccess: (summary) => {
          notifications.show({
            color: 'teal',
            message: `${summary.title}, version ${summary.version}, is saved in the library.`,
          });
          guard.leaveFreely();
          void navigate(`/frameworks/${encodeURIComponent(summary.id)}`);
        },
        onError: (error) => setFormError(applyServerErrors(form, error, errorMessage)),
      });
    },
    () => setFormError('Some fields need attention: see the messages in red.'),
  );

  return (
    <form noValidate onSubmit={submit} data-testid="framework-editor">
      <Stack>
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Occupation or title" withAsterisk {...form.getInputProps('title')} />
            <TextInput
              label="Code (optional)"
              description={lockedCode ?? 'A SOC code like 51-4041.00, or your own code'}
              disabled={lockedCode !== null}
              {...form.getInputProps('code')}
            />
            <TextInput label="Version" withAsterisk {...form.getInputProps('version')} />
            <TextInput label="Source (optional)" description="Who wrote it" {...form.getInputProps('source')} />
            <TextInput label="Licence (optional)" {...form.getInputProps('licence')} />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label="Description (optional)"
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
        </Card>
        <Text size="sm" c="dimmed">
          Write the levels that are ready: a level left empty is not part of the framework (it is not shown and cannot
          be a target), and one level at least needs a statement. A topic is optional; it is shown before the statement,
          as in “Safety — keeps the work area clear”.
        </Text>
        {LEVEL_KEYS.map((level) => (
          <LevelStatements key={level} form={form} level={level} focusKey={focusKey} onAdded={setFocusKey} />
        ))}
        {formError && (
          <Alert color="red" role="alert" data-testid="editor-error">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate(-1)}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="save-framework" {...locked}>
            {basedOn ? 'Save as new version' : 'Save framework'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
