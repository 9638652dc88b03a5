import { Alert, Stack, Title } from '@mantine/core';

export function NotBuiltYetPage({ title, what }: { title: string; what: string }) {
  return (
    <Stack maw={720}>
      <Title order={2}>{title}</Title>
      <Alert color="gray" title="Not built yet">
        {what} will be here in a coming version of Trainplan. The framework library is ready to use now.
      </Alert>
    </Stack>
  );
}
