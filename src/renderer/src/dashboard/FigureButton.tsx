import { UnstyledButton } from '@mantine/core';

/** A number in a chart's table that opens the trainees behind it; zero opens nothing, so it is plain text. */
export function FigureButton({ count, label, onOpen }: { count: number; label: string; onOpen: () => void }) {
  if (count === 0) return <span>0</span>;
  return (
    <UnstyledButton
      onClick={onOpen}
      aria-label={`${label}: ${count.toLocaleString()}. Show them.`}
      c="var(--mantine-color-anchor)"
      td="underline"
      fz="sm"
    >
      {count.toLocaleString()}
    </UnstyledButton>
  );
}
