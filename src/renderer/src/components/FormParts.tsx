import { Alert, Button, Group } from '@mantine/core';

/** A message no single field claims (a conflict, a disk error), shown above the form. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" mb="sm">
      {message}
    </Alert>
  );
}

/** Cancel and submit, at the foot of every dialog form. */
export function FormButtons({
  onCancel,
  submitLabel,
  loading,
}: {
  onCancel: () => void;
  submitLabel: string;
  loading: boolean;
}) {
  return (
    <Group justify="flex-end" mt="lg">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
