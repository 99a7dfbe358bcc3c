import { useI18n } from '../../i18n/i18n';

/** Settings and about. Backup, lock and storage controls join this page. */
export function SettingsRoute() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1 className="page-title">{t('settings.title')}</h1>
      <section className="card">
        <h2 className="card-title">{t('settings.about')}</h2>
        <p>{t('app.tagline')}</p>
        <p>{t('app.privacy')}</p>
        <p className="muted">{t('app.disclaimer')}</p>
      </section>
    </div>
  );
}
