import { Accordion, Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { CheckoffFields } from '../../../shared/checkoffs/checkoffFields';
import { todayIso } from '../../../shared/dates';
import type { Statement } from '../../../shared/framework/framework';
import { levelRank } from '../../../shared/framework/levels';
import type { PlanView } from '../../../shared/trainees/traineeViews';
import { CheckoffDialog } from './CheckoffDialog';
import { ChecklistItem } from './ChecklistItem';
import type { useCheckoffActions } from './useCheckoffActions';

type Dialog =
  | { kind: 'edit'; statement: Statement }
  | { kind: 'check'; statement: Statement }
  | { kind: 'bulk'; level: PlanView['framework']['levels'][number] };

function shortName(statement: Statement): string {
  return statement.topic ?? statement.text.slice(0, 80);
}

/** Statements grouped by level; levels up to the target open, the ones above it collapsed. */
export function Checklist({
  plan,
  defaultAssessor,
  actions,
}: {
  plan: PlanView;
  defaultAssessor: string;
  actions: ReturnType<typeof useCheckoffActions>;
}) {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const defaults: CheckoffFields = { achievedOn: todayIso(), assessor: defaultAssessor, note: '' };
  const openLevels = plan.framework.levels
    .filter((l) => levelRank(l.key) <= levelRank(plan.targetLevel))
    .map((l) => l.key);

  const toggle = (statement: Statement): void => {
    if (plan.checkoffs[statement.id]) {
      actions.apply(plan.planId, [{ statementId: statement.id, checkoff: null }], `Unchecked: ${shortName(statement)}`);
    } else if (defaultAssessor.trim() === '') {
      // No trainer name in Settings: ask who assessed rather than record a blank assessor.
      setDialog({ kind: 'check', statement });
    } else {
      actions.apply(
        plan.planId,
        [{ statementId: statement.id, checkoff: defaults }],
        `Checked: ${shortName(statement)}`,
      );
    }
  };

  const dialogProps = (() => {
    if (!dialog) return null;
    if (dialog.kind === 'bulk') {
      const remaining = dialog.level.statements.filter((s) => !plan.checkoffs[s.id]);
      return {
        title: `Check all remaining in ${dialog.level.label}`,
        description: `${remaining.length} statements will be recorded as achieved, each with these details.`,
        initial: defaults,
        confirmLabel: `Check ${remaining.length} statements`,
        onSubmit: (fields: CheckoffFields) =>
          actions.apply(
            plan.planId,
            remaining.map((s) => ({ statementId: s.id, checkoff: fields })),
            `Checked ${remaining.length} statements in ${dialog.level.label}`,
          ),
      };
    }
    const current = plan.checkoffs[dialog.statement.id];
    return {
      title: dialog.kind === 'edit' ? 'Edit check-off' : 'Check off',
      description: dialog.statement.text,
      initial: current ? { achievedOn: current.achievedOn, assessor: current.assessor, note: current.note } : defaults,
      confirmLabel: 'Save',
      onSubmit: (fields: CheckoffFields) =>
        actions.apply(
          plan.planId,
          [{ statementId: dialog.statement.id, checkoff: fields }],
          `${dialog.kind === 'edit' ? 'Updated' : 'Checked'}: ${shortName(dialog.statement)}`,
        ),
    };
  })();

  return (
    <>
      <Accordion
        // A new target opens the levels up to it again.
        key={plan.targetLevel}
        multiple
        defaultValue={openLevels}
        variant="separated"
        data-testid="checklist"
      >
        {plan.framework.levels.map((level) => {
          const progress = plan.levels.find((l) => l.level === level.key);
          const remaining = level.statements.filter((s) => !plan.checkoffs[s.id]).length;
          return (
            <Accordion.Item key={level.key} value={level.key} data-testid={`checklist-level-${level.key}`}>
              <Accordion.Control>
                <Group gap="sm">
                  <Text fw={600}>{level.label}</Text>
                  <Text size="sm" c="dimmed">
                    {progress?.achieved ?? 0} / {progress?.total ?? level.statements.length}
                  </Text>
                  {levelRank(level.key) > levelRank(plan.targetLevel) && (
                    <Badge size="xs" variant="outline" color="gray" tt="none">
                      above target
                    </Badge>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {remaining > 0 && (
                  <Button size="compact-sm" variant="light" mb="xs" onClick={() => setDialog({ kind: 'bulk', level })}>
                    Check all remaining in {level.label} ({remaining})
                  </Button>
                )}
                {level.statements.map((statement) => (
                  <ChecklistItem
                    key={statement.id}
                    levelLabel={level.label}
                    statement={statement}
                    checkoff={plan.checkoffs[statement.id]}
                    onToggle={() => toggle(statement)}
                    onEdit={() => setDialog({ kind: 'edit', statement })}
                  />
                ))}
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {dialogProps && <CheckoffDialog opened onClose={() => setDialog(null)} {...dialogProps} />}
    </>
  );
}
