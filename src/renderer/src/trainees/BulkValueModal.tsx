import { Autocomplete, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { plural } from '../../../shared/text/plural';
import { FormButtons, FormError } from '../components/FormParts';
import { useGuardedClose } from '../components/useGuardedClose';

/**
 * One value (a team, a trainer) for every selected trainee. The field offers the values already in
 * use, so "Press line" is picked rather than typed again as "Presline".
 */
export function BulkValueModal({
  opened,
  title,
  label,
  choices,
  count,
  busy,
  error,
  onSubmit,
  onClose,
}: {
  opened: boolean;
  title: string;
  label: string;
  choices: readonly string[];
  count: number;
  busy: boolean;
  error: string | null;
  onSubmit: (value: string) => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState('');
  const close = () => {
    setValue('');
    onClose();
  };
  const guard = useGuardedClose(opened && value.trim() !== '', close);
  return (
    <>
      {guard.question}
      <Modal opened={opened} onClose={guard.requestClose} title={title} centered>
        <form
          noValidate
          data-testid="bulk-value-form"
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit(value.trim());
          }}
        >
          <Stack>
            <FormError message={error} />
            <Text size="sm">For {plural(count, 'selected trainee')}.</Text>
            <Autocomplete
              label={label}
              data={[...choices]}
              value={value}
              onChange={setValue}
              description="Pick one in use, or type a new one"
              data-autofocus
            />
          </Stack>
          <FormButtons onCancel={close} submitLabel="Save" loading={busy} />
        </form>
      </Modal>
    </>
  );
}
