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
const conduct = () => import('./routes/conduct-routes');
const ConductRoute = lazy(() => conduct().then((m) => ({ default: m.ConductRoute })));
const NewContactRoute = lazy(() => conduct().then((m) => ({ default: m.NewContactRoute })));
const ContactDetailRoute = lazy(() => conduct().then((m) => ({ default: m.ContactDetailRoute })));
const EditContactRoute = lazy(() => conduct().then((m) => ({ default: m.EditContactRoute })));
const RightsRoute = lazy(() => conduct().then((m) => ({ default: m.RightsRoute })));
const ConductContextRoute = lazy(() => conduct().then((m) => ({ default: m.ConductContextRoute })));
const PacketRoute = lazy(() => conduct().then((m) => ({ default: m.PacketRoute })));
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
            <Route path={paths.conduct.pattern} element={<ConductRoute />} />
            <Route path={paths.conductNew.pattern} element={<NewContactRoute />} />
            <Route path={paths.conductEntry.pattern} element={<ContactDetailRoute />} />
            <Route path={paths.conductEntryEdit.pattern} element={<EditContactRoute />} />
            <Route path={paths.conductRights.pattern} element={<RightsRoute />} />
            <Route path={paths.conductContext.pattern} element={<ConductContextRoute />} />
            <Route path={paths.conductPacket.pattern} element={<PacketRoute />} />
            <Route path={paths.law.pattern} element={<MythsPage />} />
            <Route path="*" element={<HomeRoute />} />
          </Routes>
        </Suspense>
      </RouteErrorBoundary>
    </Layout>
  );
}
