import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { ToastRegion } from '../components/ui/toast-region';
import { SafetyBanners } from './safety/safety-banners';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/catalogue';
import { legacyRedirects, paths } from './paths';
import { UpdateToast } from './pwa/update-toast';

interface Place {
  to: string;
  label: MessageKey;
  /** The paths that belong to this place (a path and everything under it). */
  under: readonly string[];
}

/**
 * Five tabs fit one line at 320 px in both languages (short labels). 还款 holds the budget and
 * the plan (and the old /plan address); 设置 sits in the header, which is reached less often.
 */
export const NAV: readonly Place[] = [
  { to: paths.home.href(), label: 'nav.debts', under: ['/debts'] },
  {
    to: paths.hardshipPlan.href(),
    label: 'nav.plan',
    under: [paths.budget.href(), paths.hardshipPlan.href(), ...legacyRedirects.map((r) => r.pattern.split('/:')[0])],
  },
  { to: paths.conduct.href(), label: 'nav.conduct', under: [paths.conduct.href()] },
  { to: paths.letters.href(), label: 'nav.letters', under: [paths.letters.href()] },
  { to: paths.law.href(), label: 'nav.law', under: [paths.law.href(), '/court'] },
];
const SETTINGS: Place = { to: paths.settings.href(), label: 'nav.settings', under: [paths.settings.href()] };

const within = (pathname: string, base: string) => pathname === base || pathname.startsWith(`${base}/`);

/**
 * Where the person is: the place whose paths hold `pathname`. Every other path (the ledger,
 * a debt, an unknown address, which shows the ledger) is 债务, so one place is always marked.
 */
export function currentPlace(pathname: string): string {
  const place = [...NAV, SETTINGS].find((p) => p.to !== '/' && p.under.some((base) => within(pathname, base)));
  return place?.to ?? paths.home.href();
}

/** App chrome: skip link, header, content, bottom navigation within thumb reach. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const here = currentPlace(useLocation().pathname);
  const link = (place: Place, className: string) => (
    <Link
      key={place.to}
      to={place.to}
      className={`${className} ${here === place.to ? 'active' : ''}`}
      aria-current={here === place.to ? 'page' : undefined}
    >
      {t(place.label)}
    </Link>
  );
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header no-print">
        <span className="app-name">{t('app.name')}</span>
        {link(SETTINGS, 'app-header-link')}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <SafetyBanners backupHref={paths.backup.href()} />
        {children}
      </main>
      <nav className="bottom-nav no-print" aria-label={t('nav.main')}>
        {NAV.map((item) => link(item, 'bottom-nav-link'))}
      </nav>
      <ToastRegion />
      <UpdateToast />
    </div>
  );
}
