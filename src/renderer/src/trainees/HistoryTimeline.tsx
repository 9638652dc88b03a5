import { Alert, Button, Chip, Group, Loader, Select, Stack, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../../shared/dates';
import type { HistoryEvent } from '../../../shared/history/historyEvent';
import { HISTORY_GROUP_KEYS, HISTORY_GROUP_LABELS, type HistoryPlanChoice } from '../../../shared/history/historyQuery';
import { errorMessage } from '../api/client';
import { useHistory, type HistoryFilter } from '../api/historyQueries';
import { describeEvent } from '../../../shared/history/historyText';

const ALL_PLANS = '';

function HistoryItem({ event }: { event: HistoryEvent }) {
  const { title, subject, detail } = describeEvent(event);
  return (
    <Timeline.Item
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
}

function HistoryFilters({
  filter,
  plans,
  onChange,
}: {
  filter: HistoryFilter;
  plans: HistoryPlanChoice[];
  onChange: (filter: HistoryFilter) => void;
}) {
  const planOptions = [
    { value: ALL_PLANS, label: 'All plans' },
    ...plans.map((p) => ({ value: p.planId, label: p.removed ? `${p.frameworkTitle} (removed)` : p.frameworkTitle })),
  ];
  return (
    <Group align="flex-end" gap="lg" data-testid="history-filters">
      <Chip.Group multiple value={filter.kinds} onChange={(kinds) => onChange({ ...filter, kinds })}>
        <Group gap="xs" role="group" aria-label="Show only">
          {HISTORY_GROUP_KEYS.map((group) => (
            <Chip key={group} value={group} size="sm">
              {HISTORY_GROUP_LABELS[group]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Select
        label="Plan"
        size="sm"
        w={360}
        data={planOptions}
        value={filter.planId ?? ALL_PLANS}
        allowDeselect={false}
        onChange={(value) => onChange({ ...filter, planId: value ? value : null })}
      />
    </Group>
  );
}

/**
 * A trainee's history, newest first, a page at a time from main. Filters narrow it by kind of event
 * and by plan (removed plans included); "Load more" fetches the next, older page.
 */
export function HistoryTimeline({ traineeId }: { traineeId: string }) {
  const [filter, setFilter] = useState<HistoryFilter>({ kinds: [], planId: null });
  const history = useHistory(traineeId, filter);
  const pages = history.data?.pages ?? [];
  const events = pages.flatMap((page) => page.events);
  const first = pages[0];

  return (
    <Stack gap="md">
      <HistoryFilters filter={filter} plans={first?.plans ?? []} onChange={setFilter} />
      {history.isPending && <Loader size="sm" aria-label="Loading the history" />}
      {history.isError && (
        <Alert color="red" title="History not shown">
          {errorMessage(history.error)}
        </Alert>
      )}
      {first && events.length === 0 && (
        <Text c="dimmed">
          {filter.kinds.length > 0 || filter.planId ? 'Nothing recorded that matches.' : 'Nothing recorded yet.'}
        </Text>
      )}
      {events.length > 0 && (
        <>
          <Text size="sm" c="dimmed" data-testid="history-count">
            Showing {events.length.toLocaleString('en')} of {(first?.total ?? 0).toLocaleString('en')} events, newest
            first
          </Text>
          <Timeline bulletSize={12} lineWidth={2} data-testid="history">
            {events.map((event) => (
              <HistoryItem key={event.id} event={event} />
            ))}
          </Timeline>
        </>
      )}
      {history.hasNextPage && (
        <Button
          variant="default"
          style={{ alignSelf: 'flex-start' }}
          loading={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          Load more
        </Button>
      )}
    </Stack>
  );
}
