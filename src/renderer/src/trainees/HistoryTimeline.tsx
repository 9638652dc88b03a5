import { Button, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../../shared/dates';
import type { HistoryEvent } from '../../../shared/history/historyEvent';
import { describeEvent } from './historyText';

const PAGE = 50;

export function HistoryTimeline({ events }: { events: HistoryEvent[] }) {
  const [shown, setShown] = useState(PAGE);
  if (events.length === 0) return <Text c="dimmed">Nothing recorded yet.</Text>;
  return (
    <>
      <Timeline bulletSize={12} lineWidth={2} data-testid="history">
        {events.slice(0, shown).map((event) => {
          const { title, subject, detail } = describeEvent(event);
          return (
            <Timeline.Item
              key={event.id}
              title={
                <Text size="sm" fw={600}>
                  {title}
                  {subject && (
                    <Text span size="sm" fw={400}>
                      {' '}
                      {subject}
                    </Text>
                  )}
                </Text>
              }
              data-testid="history-event"
            >
              {detail && (
                <Text size="sm" c="dimmed">
                  {detail}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {formatDateTime(event.at)} · {event.actor}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
      {events.length > shown && (
        <Button variant="subtle" mt="sm" onClick={() => setShown((n) => n + PAGE)}>
          Show older ({events.length - shown} more)
        </Button>
      )}
    </>
  );
}
