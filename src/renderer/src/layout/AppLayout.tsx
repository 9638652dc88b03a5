import { Alert, AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useAppInfo, useBackupWarning } from '../api/traineeQueries';
import { FROM_NAVIGATION } from '../trainees/useListState';
import { LeaveGuardHost } from './LeaveGuardHost';
import { SetAsideNotice } from './SetAsideNotice';
import { TOAST_ROOM_PX } from './toastRoom';

const SECTIONS = [
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/trainees', label: 'Trainees' },
  { to: '/matrix', label: 'Skills matrix' },
  { to: '/sign-off', label: 'Group sign-off' },
  { to: '/frameworks', label: 'Frameworks' },
  { to: '/reports', label: 'Reports' },
  { to: '/settings', label: 'Settings' },
] as const;

/**
 * Pages whose content scrolls inside itself (the virtualised trainees list): the main area is exactly the
 * window's height and lays its page out as a column the page can fill, so the window never scrolls too.
 * Every other page grows and the window scrolls it, once.
 */
const FILLS_WINDOW = new Set(['/trainees', '/matrix']);

export function AppLayout() {
  const { pathname } = useLocation();
  const info = useAppInfo();
  const backupWarning = useBackupWarning();
  const fillsWindow = FILLS_WINDOW.has(pathname);
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" gap="xs">
          <Title order={1} size="h3" c="teal.8">
            Trainplan
          </Title>
          <Text size="sm" c="dimmed">
            training plans for the shop floor
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {SECTIONS.map((section) => (
          <NavLink
            key={section.to}
            component={RouterNavLink}
            to={section.to}
            state={FROM_NAVIGATION}
            label={section.label}
            active={pathname.startsWith(section.to)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main
        style={
          fillsWindow
            ? { display: 'flex', flexDirection: 'column', height: '100dvh' }
            : { paddingBottom: TOAST_ROOM_PX }
        }
        data-testid="app-main"
      >
        {info.data?.readOnlyBecause && (
          <Alert color="orange" title="Read-only" mb="md" data-testid="read-only-banner">
            {info.data.readOnlyBecause}. You can look at the records here, but changes are not saved. Close Trainplan
            there, then restart this one to make changes.
          </Alert>
        )}
        {backupWarning.data?.warning && (
          <Alert color="orange" title="Backup" mb="md" data-testid="backup-warning-banner">
            {backupWarning.data.warning}
          </Alert>
        )}
        <SetAsideNotice messages={info.data?.setAside ?? []} />
        <Outlet />
        <LeaveGuardHost />
      </AppShell.Main>
    </AppShell>
  );
}
