/**
 * The route table. The ledger is on the first screen; everything else loads on demand.
 */
import { Suspense } from 'react';
import { lazyWithMessages } from '../i18n/lazy-with-messages';
import { Route, Routes } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { Layout } from './layout';
import { paths } from './paths';
import { DebtDetailRoute, EditDebtRoute, HomeRoute, NewDebtRoute } from './routes/debt-routes';
import { RouteErrorBoundary } from './route-error-boundary';

const hardship = () => import('./routes/hardship-routes');
const BudgetRoute = lazyWithMessages(() => hardship().then((m) => m.BudgetRoute));
const PlanRoute = lazyWithMessages(() => hardship().then((m) => m.PlanRoute));
const NewAgreementRoute = lazyWithMessages(() => hardship().then((m) => m.NewAgreementRoute));
const AgreementRoute = lazyWithMessages(() => hardship().then((m) => m.AgreementRoute));
const letters = () => import('./routes/letter-routes');
const LettersRoute = lazyWithMessages(() => letters().then((m) => m.LettersRoute));
const LetterBuilderRoute = lazyWithMessages(() => letters().then((m) => m.LetterBuilderRoute));
const SavedLetterRoute = lazyWithMessages(() => letters().then((m) => m.SavedLetterRoute));
const SettingsRoute = lazyWithMessages(() => import('./routes/settings').then((m) => m.SettingsRoute));
const BackupRoute = lazyWithMessages(() => import('./routes/backup').then((m) => m.BackupRoute));
const MythsPage = lazyWithMessages(() =>
  import('../features/assessment/components/myths-page').then((m) => m.MythsPage),
);
const conduct = () => import('./routes/conduct-routes');
const ConductRoute = lazyWithMessages(() => conduct().then((m) => m.ConductRoute));
const NewContactRoute = lazyWithMessages(() => conduct().then((m) => m.NewContactRoute));
const ContactDetailRoute = lazyWithMessages(() => conduct().then((m) => m.ContactDetailRoute));
const EditContactRoute = lazyWithMessages(() => conduct().then((m) => m.EditContactRoute));
const RightsRoute = lazyWithMessages(() => conduct().then((m) => m.RightsRoute));
const ConductContextRoute = lazyWithMessages(() => conduct().then((m) => m.ConductContextRoute));
const PacketRoute = lazyWithMessages(() => conduct().then((m) => m.PacketRoute));

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
            <Route path={paths.conduct.pattern} element={<ConductRoute />} />
            <Route path={paths.conductNew.pattern} element={<NewContactRoute />} />
            <Route path={paths.conductEntry.pattern} element={<ContactDetailRoute />} />
            <Route path={paths.conductEntryEdit.pattern} element={<EditContactRoute />} />
            <Route path={paths.conductRights.pattern} element={<RightsRoute />} />
            <Route path={paths.conductContext.pattern} element={<ConductContextRoute />} />
            <Route path={paths.conductPacket.pattern} element={<PacketRoute />} />
            <Route path={paths.law.pattern} element={<MythsPage />} />
            <Route path={paths.budget.pattern} element={<BudgetRoute />} />
            <Route path={paths.plan.pattern} element={<PlanRoute />} />
            <Route path={paths.agreementNew.pattern} element={<NewAgreementRoute />} />
            <Route path={paths.agreement.pattern} element={<AgreementRoute />} />
            <Route path={paths.letters.pattern} element={<LettersRoute />} />
            <Route path={paths.letterNew.pattern} element={<LetterBuilderRoute />} />
            <Route path={paths.letterSaved.pattern} element={<SavedLetterRoute />} />
            <Route path="*" element={<HomeRoute />} />
          </Routes>
        </Suspense>
      </RouteErrorBoundary>
    </Layout>
  );
}
