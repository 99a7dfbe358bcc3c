import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { ToastRegion } from '../components/ui/toast-region';
import { SafetyBanners } from './safety/safety-banners';
import { useI18n } from '../i18n/i18n';
import { paths } from './paths';
import { UpdateToast } from './pwa/update-toast';

// Five tabs fit one line at 320 px; the budget and plan are reached from 信件 and from each debt.
const NAV = [
  { to: paths.home.href(), label: 'nav.debts', end: true },
  { to: paths.law.href(), label: 'nav.law', end: false },
  { to: paths.conduct.href(), label: 'nav.conduct', end: false },
  { to: paths.letters.href(), label: 'nav.letters', end: false },
  { to: paths.settings.href(), label: 'nav.settings', end: false },
] as const;

/** App chrome: skip link, header, content, bottom navigation within thumb reach. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header no-print">
        <span className="app-name">{t('app.name')}</span>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <SafetyBanners backupHref={paths.backup.href()} />
        {children}
      </main>
      <nav className="bottom-nav no-print" aria-label={t('nav.main')}>
        {NAV.map((item) => (
          <NavLink key={item.to} to={item.to} end={item.end} className="bottom-nav-link">
            {t(item.label)}
          </NavLink>
        ))}
      </nav>
      <ToastRegion />
      <UpdateToast />
    </div>
  );
}
