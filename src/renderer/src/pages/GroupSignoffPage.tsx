import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { checkoffFieldsSchema, type CheckoffFields } from '../../../shared/checkoffs/checkoffFields';
import { todayIso } from '../../../shared/dates';
import { groupDateProblem, groupPlanStartFix } from '../../../shared/signoff/groupDates';
import type { ChangedPlan } from '../../../shared/signoff/groupSignoff';
import { errorMessage } from '../api/client';
import { useFrameworks } from '../api/frameworkQueries';
import { useSettings } from '../api/traineeQueries';
import { useLeaveGuard } from '../layout/useLeaveGuard';
import { useMovePlanStarts } from '../plans/useMovePlanStart';
import { signoffUnsaved } from '../../../shared/signoff/signoffUnsaved';
import { SignoffDetails, type FieldErrors, type StartFix } from '../signoff/SignoffDetails';
import { setLastOutcome, useLastOutcome } from '../signoff/lastOutcome';
import { SignoffOutcome } from '../signoff/SignoffOutcome';
import { signedOffMessage, signoffHint, undoneMessage } from '../../../shared/signoff/signoffMessages';
import { StatementPicker } from '../signoff/StatementPicker';
import { TraineePicker } from '../signoff/TraineePicker';
import {
  useChosenFramework,
  useSetManyCheckoffs,
  useSignoffCandidates,
  useSignOffGroup,
} from '../signoff/useGroupSignoff';

/** Problems per field, as the main process would report them, before anything is sent. */
function fieldErrors(fields: CheckoffFields, today: string): FieldErrors {
  const parsed = checkoffFieldsSchema.safeParse(fields);
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as keyof CheckoffFields;
      errors[key] ??= issue.message;
    }
  }
  if (!errors.achievedOn && fields.achievedOn > today) errors.achievedOn = 'The date achieved cannot be in the future.';
  return errors;
}

/** After a training session: the same statements signed off for everyone who demonstrated them, in one save. */
export function GroupSignoffPage() {
  const frameworks = useFrameworks();
  const settings = useSettings();
  // The framework is kept in the address, so coming back from a trainee's page finds it still chosen.
  const [params, setParams] = useSearchParams();
  const frameworkId = params.get('framework');
  const framework = useChosenFramework(frameworkId);
  const candidates = useSignoffCandidates(frameworkId);
  const [statementIds, setStatementIds] = useState<Set<string>>(new Set());
  const [planIds, setPlanIds] = useState<Set<string>>(new Set());
  const toggleTrainees = useCallback((ids: string[], on: boolean) => {
    setPlanIds((previous) => {
      const next = new Set(previous);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  const today = todayIso();
  const [typed, setTyped] = useState<CheckoffFields>({ achievedOn: today, assessor: '', note: '' });
  const [assessorTyped, setAssessorTyped] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [lastSavedNote, setLastSavedNote] = useState('');
  const outcome = useLastOutcome();
  const signOff = useSignOffGroup();
  const undo = useSetManyCheckoffs();

  // The assessor is the trainer from Settings until one is typed (Settings may arrive after the page).
  const fields = assessorTyped ? typed : { ...typed, assessor: settings.data?.trainerName ?? '' };

  const ordered = useMemo(
    () =>
      framework.data && frameworkId
        ? framework.data.levels.flatMap((l) => l.statements.map((s) => s.id)).filter((id) => statementIds.has(id))
        : [],
    [framework.data, frameworkId, statementIds],
  );
  const chosenTrainees = useMemo(
    () => (candidates.data ?? []).filter((c) => planIds.has(c.planId)),
    [candidates.data, planIds],
  );
  // Only trainees who would get a new check-off are held to the date rule; the others are skipped anyway.
  const changing = useMemo(
    () => chosenTrainees.filter((c) => ordered.some((id) => c.achieved[id] === undefined)),
    [chosenTrainees, ordered],
  );
  const dateProblem = useMemo(() => {
    if (!fields.achievedOn || fields.achievedOn > today) return null;
    return groupDateProblem(fields.achievedOn, changing, today);
  }, [fields.achievedOn, changing, today]);
  const moving = useMemo(
    () => (dateProblem === null ? null : groupPlanStartFix(fields.achievedOn, changing, today)),
    [dateProblem, fields.achievedOn, changing, today],
  );
  const movePlanStarts = useMovePlanStarts();

  const chosen = ordered.length > 0 && chosenTrainees.length > 0;
  const canSave = chosen && dateProblem === null && !signOff.isPending;

  /** Whether the fields can be sent; says what is wrong beside them when not. */
  const fieldsReady = (): boolean => {
    const problems = fieldErrors(fields, today);
    setErrors(problems);
    return Object.keys(problems).length === 0;
  };
  const save = () => {
    if (!canSave || !fieldsReady()) return;
    send();
  };
  const send = () => {
    if (!frameworkId) return;
    const statementCount = ordered.length;
    signOff.mutate(
      { frameworkId, statementIds: ordered, planIds: chosenTrainees.map((c) => c.planId), checkoff: fields },
      {
        onSuccess: (result) => {
          setLastOutcome({ kind: 'saved', message: signedOffMessage(statementCount, result), changed: result.changed });
          setPlanIds(new Set());
          setLastSavedNote(fields.note);
        },
        onError: (error) => setLastOutcome({ kind: 'failed', message: errorMessage(error) }),
      },
    );
  };
  const startFix: StartFix | null =
    moving && chosen
      ? {
          date: fields.achievedOn,
          names: moving.map((c) => c.fullName),
          onMove: async () => {
            if (!fieldsReady()) return;
            if (await movePlanStarts(moving, fields.achievedOn)) send();
          },
        }
      : null;
  const undoGroup = (changed: ChangedPlan[]) =>
    undo.mutate(
      { plans: changed.map(({ planId, frameworkId, previous }) => ({ planId, frameworkId, changes: previous })) },
      {
        onSuccess: (result) => setLastOutcome({ kind: 'undone', message: undoneMessage(result.changed) }),
        onError: (error) => setLastOutcome({ kind: 'failed', message: `Undo failed: ${errorMessage(error)}` }),
      },
    );
  useLeaveGuard(signoffUnsaved({ chosenTrainees: chosenTrainees.length, note: fields.note, lastSavedNote }));
  // Ctrl+Enter saves from anywhere on the page, the note included.
  useHotkeys([['mod+Enter', save]], []);

  return (
    <Stack maw={1100}>
      <Title order={2}>Group sign-off</Title>
      <Text c="dimmed" size="sm">
        After a training session: choose what was shown, who demonstrated it, and sign it off for all of them at once.
        Statements a trainee has already achieved keep their check-off.
      </Text>
      {frameworks.isError && <Alert color="red">{errorMessage(frameworks.error)}</Alert>}
      {framework.isError && <Alert color="red">{errorMessage(framework.error)}</Alert>}
      <StatementPicker
        frameworks={frameworks.data ?? []}
        frameworkId={frameworkId}
        framework={frameworkId ? framework.data : undefined}
        chosen={statementIds}
        onFramework={(id) => {
          setParams(id ? { framework: id } : {}, { replace: true });
          setStatementIds(new Set());
          setPlanIds(new Set());
        }}
        onChosen={setStatementIds}
      />
      {frameworkId && candidates.isPending && <Loader aria-label="Loading trainees" />}
      {candidates.isError && <Alert color="red">{errorMessage(candidates.error)}</Alert>}
      {!frameworkId && (
        <Card withBorder component="section" aria-labelledby="signoff-step-2">
          <Title order={3} size="h4" id="signoff-step-2" mb="xs">
            2. Trainees who demonstrated it
          </Title>
          <Text c="dimmed" size="sm">
            Choose a framework to see the trainees with a plan on it.
          </Text>
        </Card>
      )}
      {frameworkId && candidates.data && (
        <TraineePicker candidates={candidates.data} statementIds={ordered} chosen={planIds} onToggle={toggleTrainees} />
      )}
      <SignoffDetails
        fields={fields}
        errors={errors}
        today={today}
        dateProblem={dateProblem}
        startFix={startFix}
        hint={signoffHint(ordered.length, chosenTrainees.length)}
        outcome={<SignoffOutcome outcome={outcome} undoing={undo.isPending} onUndo={undoGroup} />}
        canSave={canSave}
        saving={signOff.isPending}
        onChange={(next) => {
          if (next.assessor !== fields.assessor) setAssessorTyped(true);
          setTyped(next);
          setErrors({});
        }}
        onSave={save}
      />
    </Stack>
  );
}
