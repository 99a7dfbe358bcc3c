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

const BudgetRoute = lazy(() => import('./routes/hardship-routes').then((m) => ({ default: m.BudgetRoute })));
const PlanRoute = lazy(() => import('./routes/hardship-routes').then((m) => ({ default: m.PlanRoute })));
const NewAgreementRoute = lazy(() =>
  import('./routes/hardship-routes').then((m) => ({ default: m.NewAgreementRoute })),
);
const AgreementRoute = lazy(() => import('./routes/hardship-routes').then((m) => ({ default: m.AgreementRoute })));
const LettersRoute = lazy(() => import('./routes/letter-routes').then((m) => ({ default: m.LettersRoute })));
const LetterBuilderRoute = lazy(() =>
  import('./routes/letter-routes').then((m) => ({ default: m.LetterBuilderRoute })),
);
const SavedLetterRoute = lazy(() => import('./routes/letter-routes').then((m) => ({ default: m.SavedLetterRoute })));
const SettingsRoute = lazy(() => import('./routes/settings').then((m) => ({ default: m.SettingsRoute })));
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
