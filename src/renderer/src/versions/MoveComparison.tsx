import { Accordion, Badge, Checkbox, List, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { formatDate } from '../../../shared/dates';
import { LEVEL_LABELS } from '../../../shared/framework/levels';
import type { StatementMatch } from '../../../shared/framework/versionMove';
import type { CheckoffFate, PlanToMove, VersionComparison } from '../../../shared/framework/versionMoveApi';
import { plural } from '../../../shared/text/plural';
import { ChangedWording } from './ChangedWording';
import { confirmKey } from './moveSummary';

interface Holder {
  traineeName: string;
  checkoff: CheckoffFate;
}

/** Who has a check-off on each old statement, among the plans moving from this version. */
function holdersByStatement(plans: readonly PlanToMove[]): Map<string, Holder[]> {
  const holders = new Map<string, Holder[]>();
  for (const plan of plans) {
    for (const checkoff of plan.checkoffs) {
      const list = holders.get(checkoff.statementId) ?? [];
      list.push({ traineeName: plan.traineeName, checkoff });
      holders.set(checkoff.statementId, list);
    }
  }
  return holders;
}

function HolderList({ holders, single }: { holders: Holder[]; single: boolean }) {
  return (
    <List size="xs" c="dimmed" data-testid="affected-checkoffs">
      {holders.map(({ traineeName, checkoff }) => (
        <List.Item key={traineeName + checkoff.statementId}>
          {single ? 'Checked off' : traineeName}: {formatDate(checkoff.achievedOn)}, {checkoff.assessor}
          {checkoff.note ? ` · “${checkoff.note}”` : ''}
        </List.Item>
      ))}
    </List>
  );
}

function Level({ match }: { match: StatementMatch }) {
  return (
    <Badge size="xs" variant="light" color="gray" tt="none" mr={6}>
      {LEVEL_LABELS[match.level]}
    </Badge>
  );
}

function ChangedItem(props: {
  match: StatementMatch;
  holders: Holder[];
  single: boolean;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { match, holders, single } = props;
  const describedBy = useId();
  return (
    <List.Item data-testid="changed-statement">
      <Stack gap={4}>
        <Text size="sm" c="dimmed" data-testid="wording-before">
          <Level match={match} />
          Was: <ChangedWording before={match.oldText ?? ''} after={match.newText ?? ''} side="before" />
        </Text>
        <Text size="sm" id={describedBy} data-testid="wording-after">
          Now: <ChangedWording before={match.oldText ?? ''} after={match.newText ?? ''} side="after" />
        </Text>
        {holders.length > 0 ? (
          <>
            <HolderList holders={holders} single={single} />
            <Checkbox
              size="sm"
              label="Keep the check-off for the new wording"
              aria-describedby={describedBy}
              checked={props.checked}
              onChange={(event) => props.onChange(event.currentTarget.checked)}
            />
          </>
        ) : (
          <Text size="xs" c="dimmed">
            No check-off on this statement, so there is nothing to keep.
          </Text>
        )}
      </Stack>
    </List.Item>
  );
}

/** Statements as the new version words them, each with its level. */
function StatementList({ matches, spacing }: { matches: readonly StatementMatch[]; spacing: 'xs' | number }) {
  return (
    <List spacing={spacing} listStyleType="none">
      {matches.map((match) => (
        <List.Item key={match.newId ?? match.oldId}>
          <Text size="sm">
            <Level match={match} />
            {match.newText}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section data-testid={testId}>
      <Title order={4} size="h5" mb={4}>
        {title}
      </Title>
      {children}
    </section>
  );
}

/**
 * One old version against the new one, statement by statement, grouped by what happens: changed wording
 * first (it needs a decision), then what is gone, what is new, and what carries over unchanged.
 */
export function MoveComparison(props: {
  comparison: VersionComparison;
  plans: readonly PlanToMove[];
  confirmed: ReadonlySet<string>;
  onConfirm: (key: string, checked: boolean) => void;
}) {
  const { comparison, plans, confirmed } = props;
  const holders = holdersByStatement(plans);
  const single = plans.length === 1;
  const of = (fate: StatementMatch['fate']) => comparison.statements.filter((m) => m.fate === fate);
  const changed = of('changed');
  const gone = of('gone');
  const added = of('new');
  const same = of('same');
  const from = comparison.from.frameworkId;
  return (
    <Stack gap="md">
      {changed.length > 0 && (
        <Section title={`Changed wording (${String(changed.length)})`} testId="move-changed">
          <Text size="sm" mb="xs">
            A check-off on one of these carries over only if you tick “Keep the check-off for the new wording”.
            Otherwise it is dropped; the history keeps a record of it.
          </Text>
          <List spacing="sm" listStyleType="none">
            {changed.map((match) => {
              const key = confirmKey(from, match.oldId ?? '');
              return (
                <ChangedItem
                  key={key}
                  match={match}
                  holders={holders.get(match.oldId ?? '') ?? []}
                  single={single}
                  checked={confirmed.has(key)}
                  onChange={(checked) => props.onConfirm(key, checked)}
                />
              );
            })}
          </List>
        </Section>
      )}
      {gone.length > 0 && (
        <Section title={`No longer in the new version (${String(gone.length)})`} testId="move-gone">
          <List spacing="xs" listStyleType="none">
            {gone.map((match) => {
              const lost = holders.get(match.oldId ?? '') ?? [];
              return (
                <List.Item key={match.oldId} data-testid="gone-statement">
                  <Text size="sm">
                    <Level match={match} />
                    {match.oldText}
                  </Text>
                  {lost.length > 0 && (
                    <>
                      <Text size="xs" c="red.8">
                        {single
                          ? 'This check-off will be dropped:'
                          : `${plural(lost.length, 'check-off')} will be dropped:`}
                      </Text>
                      <HolderList holders={lost} single={single} />
                    </>
                  )}
                </List.Item>
              );
            })}
          </List>
        </Section>
      )}
      {added.length > 0 && (
        <Section title={`New in this version (${String(added.length)})`} testId="move-new">
          <StatementList matches={added} spacing="xs" />
        </Section>
      )}
      <Accordion variant="contained" data-testid="move-same">
        <Accordion.Item value="same">
          <Accordion.Control>
            Carries over unchanged ({same.length}){' '}
            <Text span size="xs" c="dimmed">
              — check-offs on these keep their date, assessor and note
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <StatementList matches={same} spacing={4} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
