/**
 * The route table. The ledger is on the first screen; everything else loads on demand.
 */
import { Suspense, type ReactNode } from 'react';
import { lazyWithMessages, type PreloadableScreen } from '../i18n/lazy-with-messages';
import { matchPath, Navigate, Route, Routes, useParams } from 'react-router';
import { useHydrated } from '../components/use-hydrated';
import { useI18n } from '../i18n/i18n';
import { Layout } from './layout';
import { legacyRedirects, paths } from './paths';
import { HomeRoute } from './routes/home-route';
import { RouteErrorBoundary } from './route-error-boundary';

// Each screen's module, by its source path: the build names these chunks in each
// prerendered page's modulepreloads (routeModules; a test checks every path exists).
const DEBTS = 'src/app/routes/debt-routes.tsx';
const HARDSHIP_PLAN = 'src/app/routes/hardship-plan-routes.tsx';
const LETTERS = 'src/app/routes/letter-routes.tsx';
const SETTINGS = 'src/app/routes/settings.tsx';
const BACKUP = 'src/app/routes/backup.tsx';
const MYTHS = 'src/features/assessment/components/myths-page.tsx';
const CONDUCT = 'src/app/routes/conduct-routes.tsx';
const COURT = 'src/app/routes/court-routes.tsx';
const CONDUCT_PASTE = 'src/app/routes/conduct-paste-route.tsx';

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

/**
 * Until the app has taken over prerendered HTML, its forms are disabled (a disabled fieldset
 * disables every control inside, links stay links) and a status says so: nothing can be
 * typed that hydration would lose. Client renders that are not hydrations are ready at once.
 */
function UntilHydrated({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  return (
    <>
      <fieldset className="screen-fieldset" disabled={!hydrated}>
        {children}
      </fieldset>
      {hydrated ? null : (
        <p className="preparing-status" role="status">
          {t('status.preparing')}
        </p>
      )}
    </>
  );
}

interface AppRoute {
  pattern: string;
  element: ReactNode;
  /** The source module of a lazy screen (its chunk). */
  source?: string;
  /** Lazy screens: the chunk and messages to load before rendering this route. */
  screen?: PreloadableScreen<object>;
}

function LegacyRedirect({ to }: { to: (params: Record<string, string | undefined>) => string }) {
  const params = useParams();
  return <Navigate to={to(params)} replace />;
}

const lazyRoute = (pattern: string, Screen: PreloadableScreen<object>, source: string): AppRoute => ({
  pattern,
  element: <Screen />,
  screen: Screen,
  source,
});

const ROUTES: AppRoute[] = [
  { pattern: paths.home.pattern, element: <HomeRoute /> },
  lazyRoute(paths.debtNew.pattern, NewDebtRoute, DEBTS),
  lazyRoute(paths.debtDetail.pattern, DebtDetailRoute, DEBTS),
  lazyRoute(paths.debtEdit.pattern, EditDebtRoute, DEBTS),
  lazyRoute(paths.settings.pattern, SettingsRoute, SETTINGS),
  lazyRoute(paths.backup.pattern, BackupRoute, BACKUP),
  lazyRoute(paths.conduct.pattern, ConductRoute, CONDUCT),
  lazyRoute(paths.conductNew.pattern, NewContactRoute, CONDUCT),
  lazyRoute(paths.conductPaste.pattern, ConductPasteRoute, CONDUCT_PASTE),
  lazyRoute(paths.conductEntry.pattern, ContactDetailRoute, CONDUCT),
  lazyRoute(paths.conductEntryEdit.pattern, EditContactRoute, CONDUCT),
  lazyRoute(paths.conductRights.pattern, RightsRoute, CONDUCT),
  lazyRoute(paths.conductContext.pattern, ConductContextRoute, CONDUCT),
  lazyRoute(paths.conductPacket.pattern, PacketRoute, CONDUCT),
  {
    pattern: paths.law.pattern,
    element: <MythsPage enforcementHref={paths.courtEnforcement.href()} />,
    screen: MythsPage as PreloadableScreen<object>,
    source: MYTHS,
  },
  lazyRoute(paths.courtCaseNumber.pattern, CaseNumberRoute, COURT),
  lazyRoute(paths.courtClaimCheck.pattern, ClaimCheckRoute, COURT),
  lazyRoute(paths.courtEnforcement.pattern, EnforcementRoute, COURT),
  lazyRoute(paths.budget.pattern, BudgetRoute, HARDSHIP_PLAN),
  lazyRoute(paths.hardshipPlan.pattern, HardshipPlanRoute, HARDSHIP_PLAN),
  lazyRoute(paths.agreementNew.pattern, NewAgreementRoute, HARDSHIP_PLAN),
  lazyRoute(paths.agreement.pattern, AgreementRoute, HARDSHIP_PLAN),
  lazyRoute(paths.letters.pattern, LettersRoute, LETTERS),
  lazyRoute(paths.letterNew.pattern, LetterBuilderRoute, LETTERS),
  lazyRoute(paths.letterSaved.pattern, SavedLetterRoute, LETTERS),
  ...legacyRedirects.map((r) => ({ pattern: r.pattern, element: <LegacyRedirect to={r.to} /> })),
  { pattern: '*', element: <HomeRoute /> },
];

/**
 * Start loading the screen for `pathname` (start-up calls this before the first render, so a
 * deep link or reload of a lazy screen renders it at once instead of "loading" first).
 */
function routeAt(pathname: string): AppRoute | undefined {
  for (const r of legacyRedirects) {
    const match = matchPath(r.pattern, pathname);
    if (match) return routeAt(r.to(match.params));
  }
  return ROUTES.find((r) => r.pattern !== '*' && matchPath(r.pattern, pathname));
}

/** The source modules of the screen at `pathname` (none for the first screen). */
export function routeModules(pathname: string): string[] {
  const source = routeAt(pathname)?.source;
  return source ? [source] : [];
}

export function preloadRoute(pathname: string): Promise<unknown> {
  return routeAt(pathname)?.screen?.preload() ?? Promise.resolve();
}

export function AppRoutes() {
  return (
    <Layout>
      <RouteErrorBoundary>
        <Suspense fallback={<Loading />}>
          <UntilHydrated>
            <Routes>
              {ROUTES.map((r) => (
                <Route key={r.pattern} path={r.pattern} element={r.element} />
              ))}
            </Routes>
          </UntilHydrated>
        </Suspense>
      </RouteErrorBoundary>
    </Layout>
  );
}
