import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CheckoffDateLimits } from '../../../shared/checkoffs/checkoffDates';
import type { CheckoffChange, CheckoffFields } from '../../../shared/checkoffs/checkoffFields';
import { todayIso } from '../../../shared/dates';
import type { Statement } from '../../../shared/framework/framework';
import { levelRank, type LevelKey } from '../../../shared/framework/levels';
import type { PlanView } from '../../../shared/trainees/traineeViews';
import { checklistKeyAction } from '../../../shared/checklist/checklistKeys';
import { nextOutstanding, stepFrom } from '../../../shared/checklist/checklistNavigation';
import { setShortcutsHelpOpen } from '../checkoffs/shortcutsHelpStore';
import { ShortcutsHelp } from '../checkoffs/ShortcutsHelp';
import { ChecklistItem } from './ChecklistItem';
import { ChecklistToolbar } from './ChecklistToolbar';
import { CheckoffDialog } from './CheckoffDialog';
import { focusStatement } from './focusStatement';
import { useOpenLevels } from './useOpenLevels';
import { useTypedNoteGuard } from './useTypedNoteGuard';
import { LevelActions } from './LevelActions';
import type { CheckoffActions } from './useCheckoffActions';

type Level = PlanView['framework']['levels'][number];
type Dialog =
  { kind: 'edit'; statement: Statement } | { kind: 'bulk'; level: Level; statements: Statement[]; what: string };

function shortName(statement: Statement): string {
  return statement.topic ?? statement.text.slice(0, 80);
}

function fieldsOf(checkoff: CheckoffFields): CheckoffFields {
  return { achievedOn: checkoff.achievedOn, assessor: checkoff.assessor, note: checkoff.note };
}

/**
 * Statements grouped by level; levels up to the target open, the ones above it collapsed. One click (or
 * Space) ticks with today's date and the trainer's name, and opens the note beside the tick.
 */
export function Checklist({
  plan,
  defaultAssessor,
  actions,
  locked,
  shownStatement = null,
}: {
  plan: PlanView;
  defaultAssessor: string;
  actions: CheckoffActions;
  /** Why nothing can be ticked here (a read-only window), or null. */
  locked: string | null;
  /** A statement to open, scroll to, focus and highlight (the skills matrix links to it). */
  shownStatement?: string | null;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [quickFor, setQuickFor] = useState<string | null>(null);
  const [outstandingOnly, setOutstandingOnly] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ level: LevelKey; ids: string[] } | null>(null);
  // A tick's note waits for the tick to be saved, so the two reach the main process in that order.
  const ticking = useRef(new Map<string, Promise<boolean>>());
  const typedNote = useTypedNoteGuard();

  const [openLevels, setOpenLevels] = useOpenLevels(plan, shownStatement);

  const today = todayIso();
  const limits: CheckoffDateLimits = {
    planStart: plan.startDate,
    traineeStart: actions.traineeStart,
    traineeName: actions.traineeName,
    today,
  };
  const defaults: CheckoffFields = { achievedOn: today, assessor: defaultAssessor.trim(), note: '' };
  const isChecked = (id: string): boolean => plan.checkoffs[id] !== undefined;
  const allStatements = plan.framework.levels.flatMap((l) => l.statements);
  // While its note is open a statement just ticked stays in view, even with "outstanding only".
  const shownIn = (level: Level): Statement[] =>
    level.statements.filter((s) => !outstandingOnly || !isChecked(s.id) || s.id === quickFor);
  const visibleOrder = plan.framework.levels
    .filter((l) => openLevels.includes(l.key))
    .flatMap((l) => shownIn(l).map((s) => s.id));
  const tabbable = active !== null && visibleOrder.includes(active) ? active : visibleOrder[0];

  // The note popover sits above the page: it closes before a dialog opens, or it would cover the dialog.
  const openDialog = (next: Dialog): void => {
    setQuickFor(null);
    setDialog(next);
  };

  const onMovePlanStart = (date: string): Promise<boolean> => actions.movePlanStart(plan, date);
  const apply = (changes: CheckoffChange[], verb: string, subject: string): Promise<boolean> =>
    actions.apply(plan.planId, changes, verb, subject);

  const tick = (statement: Statement, withNote: boolean): void => {
    typedNote.unlessTypedElsewhere(statement.id, quickFor, () => tickNow(statement, withNote));
  };

  const tickNow = (statement: Statement, withNote: boolean): void => {
    setActive(statement.id);
    if (isChecked(statement.id)) {
      if (withNote) setQuickFor(statement.id);
      else void apply([{ statementId: statement.id, checkoff: null }], 'Unchecked', shortName(statement));
      return;
    }
    setQuickFor(statement.id);
    const saved = apply([{ statementId: statement.id, checkoff: defaults }], 'Checked', shortName(statement));
    ticking.current.set(statement.id, saved);
    void saved.then((ok) => {
      if (!ok) setQuickFor((open) => (open === statement.id ? null : open));
    });
  };

  const saveQuick = (statement: Statement, fields: CheckoffFields, verb: string): void => {
    setQuickFor(null);
    focusStatement(container.current, statement.id);
    const before = ticking.current.get(statement.id) ?? Promise.resolve(true);
    void before.then((ok) => {
      if (ok) void apply([{ statementId: statement.id, checkoff: fields }], verb, shortName(statement));
    });
  };

  const goTo = (id: string): void => {
    const level = plan.framework.levels.find((l) => l.statements.some((s) => s.id === id));
    if (level && !openLevels.includes(level.key)) setOpenLevels([...openLevels, level.key]);
    setActive(id);
    focusStatement(container.current, id);
  };

  useEffect(() => {
    if (shownStatement !== null) focusStatement(container.current, shownStatement);
  }, [shownStatement]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const id = (event.target as HTMLElement).dataset.statementId;
    const statement = id === undefined ? undefined : allStatements.find((s) => s.id === id);
    if (!statement) return;
    const action = checklistKeyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'help') setShortcutsHelpOpen(true);
    else if (action === 'note') {
      if (locked === null) tick(statement, true);
    } else {
      const to = stepFrom(visibleOrder, statement.id, action === 'next' ? 1 : -1);
      if (to !== undefined) goTo(to);
    }
  };

  const dialogProps = (() => {
    if (!dialog) return null;
    if (dialog.kind === 'bulk') {
      const { statements, what } = dialog;
      return {
        title:
          what === 'remaining'
            ? `Check all remaining in ${dialog.level.label}`
            : `Tick selected in ${dialog.level.label}`,
        description: `${String(statements.length)} statements will be recorded as achieved, each with these details.`,
        initial: defaults,
        confirmLabel: `Check ${String(statements.length)} statements`,
        onSubmit: (fields: CheckoffFields) => {
          setSelection(null);
          void apply(
            statements.map((s) => ({ statementId: s.id, checkoff: fields })),
            'Checked',
            `${String(statements.length)} statements in ${dialog.level.label}`,
          );
        },
      };
    }
    const current = plan.checkoffs[dialog.statement.id];
    return {
      title: 'Edit check-off',
      description: dialog.statement.text,
      initial: current ? fieldsOf(current) : defaults,
      confirmLabel: 'Save',
      onSubmit: (fields: CheckoffFields) =>
        void apply([{ statementId: dialog.statement.id, checkoff: fields }], 'Updated', shortName(dialog.statement)),
    };
  })();

  return (
    <Stack gap="xs">
      <ChecklistToolbar
        outstandingOnly={outstandingOnly}
        onOutstandingOnly={setOutstandingOnly}
        outstanding={allStatements.filter((s) => !isChecked(s.id)).length}
        onNextOutstanding={() => {
          const id = nextOutstanding(
            allStatements.map((s) => s.id),
            isChecked,
            active,
          );
          if (id !== undefined) goTo(id);
        }}
      />
      <div ref={container} onKeyDown={onKeyDown}>
        <Accordion multiple value={openLevels} onChange={setOpenLevels} variant="separated" data-testid="checklist">
          {plan.framework.levels.map((level) => {
            const progress = plan.levels.find((l) => l.level === level.key);
            const remaining = level.statements.filter((s) => !isChecked(s.id));
            const selecting = selection?.level === level.key ? selection : null;
            const shown = shownIn(level);
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
                  {locked === null && (
                    <LevelActions
                      levelLabel={level.label}
                      remaining={remaining.length}
                      selected={selecting ? selecting.ids.length : null}
                      onCheckAll={() => openDialog({ kind: 'bulk', level, statements: remaining, what: 'remaining' })}
                      onSelectMode={(on) => setSelection(on ? { level: level.key, ids: [] } : null)}
                      onTickSelected={() =>
                        openDialog({
                          kind: 'bulk',
                          level,
                          statements: remaining.filter((s) => selecting?.ids.includes(s.id)),
                          what: 'selected',
                        })
                      }
                    />
                  )}
                  {shown.length === 0 && (
                    <Text size="sm" c="dimmed">
                      Every statement in {level.label} is achieved.
                    </Text>
                  )}
                  {shown.map((statement) => (
                    <ChecklistItem
                      key={statement.id}
                      levelLabel={level.label}
                      statement={statement}
                      checkoff={plan.checkoffs[statement.id]}
                      tabbable={statement.id === tabbable}
                      highlighted={statement.id === shownStatement}
                      locked={locked}
                      onFocus={() => setActive(statement.id)}
                      selection={
                        selecting && !isChecked(statement.id)
                          ? {
                              selected: selecting.ids.includes(statement.id),
                              onChange: (on) =>
                                setSelection({
                                  level: level.key,
                                  ids: on
                                    ? [...selecting.ids, statement.id]
                                    : selecting.ids.filter((id) => id !== statement.id),
                                }),
                            }
                          : null
                      }
                      quick={{
                        opened: quickFor === statement.id,
                        limits,
                        removed: plan.removedCheckoffs?.[statement.id],
                        onSave: (fields) => saveQuick(statement, fields, 'Updated'),
                        onRestore: (fields) => saveQuick(statement, fields, 'Restored'),
                        onClose: () => setQuickFor((open) => (open === statement.id ? null : open)),
                        onTyped: (typed) => typedNote.noteTyped(statement.id, typed),
                        onMovePlanStart,
                      }}
                      onToggle={() => tick(statement, false)}
                      onEdit={() => openDialog({ kind: 'edit', statement })}
                    />
                  ))}
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      </div>
      {dialogProps && (
        <CheckoffDialog
          opened
          limits={limits}
          onClose={() => setDialog(null)}
          onMovePlanStart={onMovePlanStart}
          {...dialogProps}
        />
      )}
      {typedNote.question}
      <ShortcutsHelp />
    </Stack>
  );
}
