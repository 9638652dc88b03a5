import { Navigate, Route, Routes } from 'react-router';
import { useAppInfo, useSettings } from './api/traineeQueries';
import { AppLayout } from './layout/AppLayout';
import { RecoveryScreen } from './recovery/RecoveryScreen';
import { DashboardPage } from './pages/DashboardPage';
import { MatrixPage } from './pages/MatrixPage';
import { FrameworkDetailPage } from './pages/FrameworkDetailPage';
import { FrameworksPage } from './pages/FrameworksPage';
import { FrameworkEditorPage } from './frameworks/editor/FrameworkEditorPage';
import { GroupSignoffPage } from './pages/GroupSignoffPage';
import { ReportsPage } from './pages/ReportsPage';
import { SettingsPage } from './pages/SettingsPage';
import { TrainerNamePrompt } from './settings/TrainerNamePrompt';
import { TraineePage } from './pages/TraineePage';
import { TraineesPage } from './pages/TraineesPage';

/** The page Trainplan opens on, as chosen in Settings; nothing is shown until the settings have arrived. */
function StartPage() {
  const settings = useSettings();
  if (settings.isPending) return null;
  return <Navigate to={settings.data?.startPage === 'dashboard' ? '/dashboard' : '/trainees'} replace />;
}

export function App() {
  const info = useAppInfo();
  if (info.data?.recovery) return <RecoveryScreen recovery={info.data.recovery} />;
  return (
    <Routes>
      <Route
        element={
          <TrainerNamePrompt>
            <AppLayout />
          </TrainerNamePrompt>
        }
      >
        <Route index element={<StartPage />} />
        <Route path="trainees" element={<TraineesPage />} />
        <Route path="trainees/:id" element={<TraineePage />} />
        <Route path="frameworks" element={<FrameworksPage />} />
        <Route path="frameworks/new" element={<FrameworkEditorPage />} />
        <Route path="frameworks/:id" element={<FrameworkDetailPage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="matrix" element={<MatrixPage />} />
        <Route path="sign-off" element={<GroupSignoffPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/trainees" replace />} />
      </Route>
    </Routes>
  );
}
