import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { formatDate, type IsoDate } from '../../../shared/dates';

/**
 * Beside a date refused because a plan starts later: one click moves the plan's start to that date and then
 * does what was asked, so a session recorded late is not dated wrongly just to get it saved.
 */
export function MovePlanStartOffer({
  date,
  whose,
  actionLabel,
  onMove,
}: {
  date: IsoDate;
  /** "this plan's start", "the plan start of 4 trainees" */
  whose: string;
  /** "save", "sign off" */
  actionLabel: string;
  onMove: () => Promise<void>;
}) {
  const [moving, setMoving] = useState(false);
  return (
    <Group gap="xs" data-testid="move-plan-start">
      <Text size="sm">
        Was it really on {formatDate(date)}? Then move {whose} to that day.
      </Text>
      <Button
        size="compact-sm"
        variant="light"
        style={{ flexShrink: 0 }}
        loading={moving}
        onClick={() => {
          setMoving(true);
          void onMove().finally(() => setMoving(false));
        }}
      >
        Move start to {formatDate(date)} and {actionLabel}
      </Button>
    </Group>
  );
}
