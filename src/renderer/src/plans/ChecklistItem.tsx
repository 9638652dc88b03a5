import { Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';
import type { CheckoffDateLimits } from '../../../shared/checkoffs/checkoffDates';
import type { CheckoffFields, RemovedCheckoff } from '../../../shared/checkoffs/checkoffFields';
import { formatDate, type IsoDate } from '../../../shared/dates';
import type { Statement } from '../../../shared/framework/framework';
import type { Checkoff } from '../../../shared/plans/planFields';
import { QuickCheckoffForm } from '../checkoffs/QuickCheckoffForm';
import { useGuardedClose } from '../components/useGuardedClose';
import { StatementText } from '../frameworks/StatementText';

/** How far the statement's text starts right of the row's edge (padding, checkbox, gap): the popover starts there. */
const TICK_COLUMN_PX = 36;

/** The note popover beside a tick; open for at most one statement of a checklist. */
export interface QuickCheckoff {
  opened: boolean;
  limits: CheckoffDateLimits;
  removed: RemovedCheckoff | undefined;
  onSave: (fields: CheckoffFields) => void;
  onRestore: (fields: CheckoffFields) => void;
  onClose: () => void;
  /** The note's typing came or went: a tick elsewhere then asks before dropping it. */
  onTyped: (typed: boolean) => void;
  onMovePlanStart: (date: IsoDate) => Promise<boolean>;
}

export function ChecklistItem({
  levelLabel,
  statement,
  checkoff,
  tabbable,
  highlighted = false,
  locked,
  onFocus,
  selection,
  quick,
  onToggle,
  onEdit,
}: {
  levelLabel: string;
  statement: Statement;
  checkoff: Checkoff | undefined;
  /** The one checkbox of the checklist that Tab reaches (arrow keys and j/k move between the others). */
  tabbable: boolean;
  /** The statement the page was opened at (from the skills matrix): marked so the eye finds it. */
  highlighted?: boolean;
  /** Why the tick cannot change (a read-only window), or null. */
  locked: string | null;
  onFocus: () => void;
  /** In selection mode, an unchecked statement offers a "Select" box instead of its tick. */
  selection: { selected: boolean; onChange: (selected: boolean) => void } | null;
  quick: QuickCheckoff;
  onToggle: () => void;
  onEdit: () => void;
}) {
  // Topics can repeat across levels, so the label also says which level and position this is.
  // The statement that has focus is marked, so Space, n and "Next outstanding" visibly act on it (a box
  // focused from a button shows no focus ring of its own after a mouse click).
  const [focusWithin, setFocusWithin] = useState(false);
  const opened = quick.opened && checkoff !== undefined && selection === null;
  // Each opening gets a fresh form: reopened while the last one is still fading out, the popover would
  // otherwise show what was typed before Escape (which keeps the tick, not the typing).
  const [openings, setOpenings] = useState({ opened, count: 0 });
  if (openings.opened !== opened) setOpenings({ opened, count: openings.count + (opened ? 1 : 0) });
  // A typed note is not dropped by Escape without a question; a click elsewhere leaves it open (a click in the
  // sidebar then asks "Leave without saving?" once, not twice).
  const [typed, setTyped] = useState(false);
  const { onTyped } = quick;
  const noteTyped = useCallback(
    (dirty: boolean) => {
      setTyped(dirty);
      onTyped(dirty);
    },
    [onTyped],
  );
  const tickBox = useRef<HTMLInputElement>(null);
  const guard = useGuardedClose(opened && typed, () => {
    quick.onClose();
    // After "Close without saving" the question would hand focus back to the note it closed: j/k and Space
    // carry on from the statement instead (within the 10 ms the dialog waits before returning focus).
    window.setTimeout(() => tickBox.current?.focus(), 0);
  });
  const label = `${statement.topic ?? statement.text} (${levelLabel} ${String(statement.position)})`;
  const box = selection ? (
    <Checkbox
      checked={selection.selected}
      onChange={(e) => selection.onChange(e.currentTarget.checked)}
      aria-label={`Select: ${label}`}
      color="grape"
      mt={2}
    />
  ) : (
    <Checkbox
      checked={checkoff !== undefined}
      disabled={locked !== null}
      title={locked ?? undefined}
      ref={tickBox}
      onChange={onToggle}
      onFocus={onFocus}
      tabIndex={tabbable ? 0 : -1}
      data-statement-id={statement.id}
      aria-label={`Achieved: ${label}`}
      mt={2}
    />
  );
  // The popover hangs below the statement, starting just right of its tick: the eye finds it where it clicked,
  // the statement stays readable and the checkboxes below stay clickable, so quick ticking carries on.
  return (
    <>
      {opened && guard.question}
      <Popover
        opened={opened}
        // Controlled, the popover reports Escape and a click elsewhere through onChange (onClose follows `opened`).
        onChange={(opened) => {
          if (!opened) guard.requestClose();
        }}
        closeOnClickOutside={!(opened && typed)}
        position="bottom-start"
        offset={{ mainAxis: 2, crossAxis: TICK_COLUMN_PX }}
        withArrow
        arrowPosition="side"
        arrowOffset={12}
        trapFocus
        returnFocus
        shadow="md"
        width={400}
        withRoles={false}
      >
        <Popover.Target>
          <Group
            wrap="nowrap"
            align="flex-start"
            gap="sm"
            py={6}
            pl={6}
            data-testid="checklist-item"
            data-checked={checkoff ? 'true' : 'false'}
            data-highlighted={highlighted ? 'true' : undefined}
            style={{
              ...(highlighted ? { background: 'var(--mantine-color-yellow-light)' } : {}),
              ...(focusWithin ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-teal-6)' } : {}),
            }}
            onFocus={() => setFocusWithin(true)}
            onBlur={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget)) setFocusWithin(false);
            }}
          >
            {box}
            <Stack gap={2} style={{ flex: 1 }}>
              <Text size="sm">
                <StatementText statement={statement} />
              </Text>
              {checkoff && (
                <Group gap="xs">
                  <Text size="xs" c="dimmed" data-testid="checkoff-meta">
                    Achieved {formatDate(checkoff.achievedOn)} · {checkoff.assessor || 'assessor not recorded'}
                    {checkoff.note ? ` · ${checkoff.note}` : ''}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={onEdit}
                    disabled={locked !== null}
                    title={locked ?? undefined}
                    aria-label={`Edit check-off: ${label}`}
                  >
                    Edit
                  </Button>
                </Group>
              )}
            </Stack>
          </Group>
        </Popover.Target>
        <Popover.Dropdown role="dialog" aria-label={`Check-off details: ${label}`}>
          {checkoff && (
            <QuickCheckoffForm
              key={openings.count}
              initial={{ achievedOn: checkoff.achievedOn, assessor: checkoff.assessor, note: checkoff.note }}
              limits={quick.limits}
              removed={quick.removed}
              onSave={quick.onSave}
              onRestore={quick.onRestore}
              onMovePlanStart={quick.onMovePlanStart}
              onDirtyChange={noteTyped}
            />
          )}
        </Popover.Dropdown>
      </Popover>
    </>
  );
}
