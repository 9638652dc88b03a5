import { Title } from '@mantine/core';

export function MatrixPage() {
  return <Title order={2}>Skills matrix</Title>;
}
