/**
 * The route table. The ledger is on the first screen; everything else loads on demand.
 */
import { Suspense, type ReactNode } from 'react';
import { lazyWithMessages, type PreloadableScreen } from '../i18n/lazy-with-messages';
import { matchPath, Navigate, Route, Routes, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { Layout } from './layout';
import { legacyRedirects, paths } from './paths';
import { HomeRoute } from './routes/home-route';
import { RouteErrorBoundary } from './route-error-boundary';

const debts = () => import('./routes/debt-routes');
const NewDebtRoute = lazyWithMessages(() => debts().then((m) => m.NewDebtRoute));
const DebtDetailRoute = lazyWithMessages(() => debts().then((m) => m.DebtDetailRoute));
const EditDebtRoute = lazyWithMessages(() => debts().then((m) => m.EditDebtRoute));
const hardshipPlan = () => import('./routes/hardship-plan-routes');
const BudgetRoute = lazyWithMessages(() => hardshipPlan().then((m) => m.BudgetRoute));
const HardshipPlanRoute = lazyWithMessages(() => hardshipPlan().then((m) => m.HardshipPlanRoute));
const NewAgreementRoute = lazyWithMessages(() => hardshipPlan().then((m) => m.NewAgreementRoute));
const AgreementRoute = lazyWithMessages(() => hardshipPlan().then((m) => m.AgreementRoute));
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
const court = () => import('./routes/court-routes');
const CaseNumberRoute = lazyWithMessages(() => court().then((m) => m.CaseNumberRoute));
const ClaimCheckRoute = lazyWithMessages(() => court().then((m) => m.ClaimCheckRoute));
const EnforcementRoute = lazyWithMessages(() => court().then((m) => m.EnforcementRoute));
// Its own chunk: the message reader and lexicon load only with the paste screen.
const ConductPasteRoute = lazyWithMessages(() =>
  import('./routes/conduct-paste-route').then((m) => m.ConductPasteRoute),
);

function Loading() {
  const { t } = useI18n();
  return <p className="page muted">{t('status.loading')}</p>;
}

interface AppRoute {
  pattern: string;
  element: ReactNode;
  /** Lazy screens: the chunk and messages to load before rendering this route. */
  screen?: PreloadableScreen<object>;
}

function LegacyRedirect({ to }: { to: (params: Record<string, string | undefined>) => string }) {
  const params = useParams();
  return <Navigate to={to(params)} replace />;
}

const lazyRoute = (pattern: string, Screen: PreloadableScreen<object>): AppRoute => ({
  pattern,
  element: <Screen />,
  screen: Screen,
});

const ROUTES: AppRoute[] = [
  { pattern: paths.home.pattern, element: <HomeRoute /> },
  lazyRoute(paths.debtNew.pattern, NewDebtRoute),
  lazyRoute(paths.debtDetail.pattern, DebtDetailRoute),
  lazyRoute(paths.debtEdit.pattern, EditDebtRoute),
  lazyRoute(paths.settings.pattern, SettingsRoute),
  lazyRoute(paths.backup.pattern, BackupRoute),
  lazyRoute(paths.conduct.pattern, ConductRoute),
  lazyRoute(paths.conductNew.pattern, NewContactRoute),
  lazyRoute(paths.conductPaste.pattern, ConductPasteRoute),
  lazyRoute(paths.conductEntry.pattern, ContactDetailRoute),
  lazyRoute(paths.conductEntryEdit.pattern, EditContactRoute),
  lazyRoute(paths.conductRights.pattern, RightsRoute),
  lazyRoute(paths.conductContext.pattern, ConductContextRoute),
  lazyRoute(paths.conductPacket.pattern, PacketRoute),
  {
    pattern: paths.law.pattern,
    element: <MythsPage enforcementHref={paths.courtEnforcement.href()} />,
    screen: MythsPage as PreloadableScreen<object>,
  },
  lazyRoute(paths.courtCaseNumber.pattern, CaseNumberRoute),
  lazyRoute(paths.courtClaimCheck.pattern, ClaimCheckRoute),
  lazyRoute(paths.courtEnforcement.pattern, EnforcementRoute),
  lazyRoute(paths.budget.pattern, BudgetRoute),
  lazyRoute(paths.hardshipPlan.pattern, HardshipPlanRoute),
  lazyRoute(paths.agreementNew.pattern, NewAgreementRoute),
  lazyRoute(paths.agreement.pattern, AgreementRoute),
  lazyRoute(paths.letters.pattern, LettersRoute),
  lazyRoute(paths.letterNew.pattern, LetterBuilderRoute),
  lazyRoute(paths.letterSaved.pattern, SavedLetterRoute),
  ...legacyRedirects.map((r) => ({ pattern: r.pattern, element: <LegacyRedirect to={r.to} /> })),
  { pattern: '*', element: <HomeRoute /> },
];

/**
 * Start loading the screen for `pathname` (start-up calls this before the first render, so a
 * deep link or reload of a lazy screen renders it at once instead of "loading" first).
 */
export function preloadRoute(pathname: string): Promise<unknown> {
  for (const r of legacyRedirects) {
    const match = matchPath(r.pattern, pathname);
    if (match) return preloadRoute(r.to(match.params));
  }
  const route = ROUTES.find((r) => r.pattern !== '*' && matchPath(r.pattern, pathname));
  return route?.screen?.preload() ?? Promise.resolve();
}

export function AppRoutes() {
  return (
    <Layout>
      <RouteErrorBoundary>
        <Suspense fallback={<Loading />}>
          <Routes>
            {ROUTES.map((r) => (
              <Route key={r.pattern} path={r.pattern} element={r.element} />
            ))}
          </Routes>
        </Suspense>
      </RouteErrorBoundary>
    </Layout>
  );
}
