/**
 * The route table. The ledger is on the first screen; everything else loads on demand.
 */
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { Layout } from './layout';
import { paths } from './paths';
import { DebtDetailRoute, EditDebtRoute, HomeRoute, NewDebtRoute } from './routes/debt-routes';
import { RouteErrorBoundary } from './route-error-boundary';

const SettingsRoute = lazy(() => import('./routes/settings').then((m) => ({ default: m.SettingsRoute })));
const BackupRoute = lazy(() => import('./routes/backup').then((m) => ({ default: m.BackupRoute })));
const MythsPage = lazy(() =>
  import('../features/assessment/components/myths-page').then((m) => ({ default: m.MythsPage })),
);

function Loading() {
  const { t } = useI18n();
  return <p className="page muted">{t('status.loading')}</p>;
}

export function AppRoutes() {
  return (
    <Layout>
      <RouteErrorBoundary>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path={paths.home.pattern} element={<HomeRoute />} />
            <Route path={paths.debtNew.pattern} element={<NewDebtRoute />} />
            <Route path={paths.debtDetail.pattern} element={<DebtDetailRoute />} />
            <Route path={paths.debtEdit.pattern} element={<EditDebtRoute />} />
            <Route path={paths.settings.pattern} element={<SettingsRoute />} />
            <Route path={paths.backup.pattern} element={<BackupRoute />} />
            <Route path={paths.law.pattern} element={<MythsPage />} />
            <Route path="*" element={<HomeRoute />} />
          </Routes>
        </Suspense>
      </RouteErrorBoundary>
    </Layout>
  );
}
