import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { FrameworkDetailPage } from './pages/FrameworkDetailPage';
import { FrameworksPage } from './pages/FrameworksPage';
import { NotBuiltYetPage } from './pages/NotBuiltYetPage';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/frameworks" replace />} />
        <Route
          path="trainees"
          element={
            <NotBuiltYetPage
              title="Trainees"
              what="Adding apprentices, giving them plans and checking off statements"
            />
          }
        />
        <Route path="frameworks" element={<FrameworksPage />} />
        <Route path="frameworks/:id" element={<FrameworkDetailPage />} />
        <Route
          path="reports"
          element={<NotBuiltYetPage title="Reports" what="Individual and cohort PDF progress reports" />}
        />
        <Route
          path="settings"
          element={<NotBuiltYetPage title="Settings" what="Organisation name, trainer name and paper size" />}
        />
        <Route path="*" element={<Navigate to="/frameworks" replace />} />
      </Route>
    </Routes>
  );
}
