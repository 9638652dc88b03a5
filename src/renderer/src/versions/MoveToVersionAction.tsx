import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { FrameworkSummary } from '../../../shared/framework/framework';
import { useFrameworks } from '../api/frameworkQueries';
import { useReadOnly } from '../layout/useReadOnly';
import { MoveDialog } from './MoveDialog';
import { newerVersions } from '../../../shared/framework/newerVersions';

/**
 * "Move to version X…" on a plan card, when the library holds a later version of the plan's framework
 * (a menu when it holds several). Nothing shows when the plan is on the latest.
 */
export function MoveToVersionAction(props: { planId: string; frameworkId: string; version: string }) {
  // Plan cards live on the trainee's page, whose address names the trainee the move must name too.
  const { id: traineeId = '' } = useParams();
  const library = useFrameworks();
  const lock = useReadOnly();
  const [target, setTarget] = useState<FrameworkSummary | null>(null);
  const newer = newerVersions(library.data ?? [], props.frameworkId, props.version);
  if (newer.length === 0) return null;
  const only = newer.length === 1 ? newer[0] : undefined;
  return (
    <>
      {only ? (
        <Button size="compact-sm" variant="default" onClick={() => setTarget(only)} {...lock.controls}>
          Move to version {only.version}…
        </Button>
      ) : (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button size="compact-sm" variant="default" {...lock.controls}>
              Move to a newer version…
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {newer.map((f) => (
              <Menu.Item key={f.id} onClick={() => setTarget(f)}>
                Move to version {f.version}…
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
      {target && (
        <MoveDialog
          opened
          toFrameworkId={target.id}
          toVersion={target.version}
          plans={[{ traineeId, planId: props.planId }]}
          onClose={() => setTarget(null)}
        />
      )}
    </>
  );
}
