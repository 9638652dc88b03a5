import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import type { Settings } from '../../../shared/settings/settings';
import { lineText } from '../../../shared/validation';
import { errorMessage } from '../api/client';
import { useAppInfo, useSettings, useUpdateSettings } from '../api/traineeQueries';
import { shouldAskTrainerName } from '../../../shared/settings/trainerNameQuestion';

const LABEL = 'Your name, as it will appear as assessor on check-offs';
const nameSchema = lineText('Your name', 200).refine((v) => v !== '', 'Enter your name, or choose Later.');

function NameForm({ settings, onPutOff }: { settings: Settings; onPutOff: () => void }) {
  const update = useUpdateSettings();
  const [name, setName] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);

  // Either answer is remembered in the data folder, so the question is asked once, not at every start.
  const answer = (trainerName: string): void =>
    update.mutate(
      { ...settings, trainerName, trainerNameAsked: true },
      {
        onSuccess: () => {
          if (trainerName)
            notifications.show({ color: 'teal', message: `Check-offs will be recorded as ${trainerName}.` });
        },
      },
    );

  const save = (): void => {
    const parsed = nameSchema.safeParse(name);
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? 'Enter your name, or choose Later.');
      return;
    }
    setFieldError(null);
    answer(parsed.data);
  };

  return (
    <Modal
      opened
      // × only puts the question off to the next start; Later is the answer that it is not to come back.
      onClose={onPutOff}
      title="Welcome to Trainplan"
      centered
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': 'Close, and ask again at the next start' }}
      data-testid="trainer-name-prompt"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack>
          <TextInput
            label={LABEL}
            description="Also recorded as the author of every change. You can change it later in Settings."
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError}
            data-autofocus
          />
          {update.isError && (
            <Alert color="red" title="Not saved" role="alert">
              {errorMessage(update.error)}
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            Choose Later to leave it empty; this question will not come back. Close it (×) to be asked again at the next
            start.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => answer('')} disabled={update.isPending}>
              Later
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save my name
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The app (children), and over it, once, the question for a new trainer's name when the data folder
 * has none. Not in a read-only window (it could not save the answer); the recovery screen never mounts it.
 */
export function TrainerNamePrompt({ children }: { children: ReactNode }) {
  const info = useAppInfo();
  const settings = useSettings();
  const [putOff, setPutOff] = useState(false);
  return (
    <>
      {children}
      {shouldAskTrainerName(info.data, settings.data, putOff) && (
        <NameForm settings={settings.data} onPutOff={() => setPutOff(true)} />
      )}
    </>
  );
}
