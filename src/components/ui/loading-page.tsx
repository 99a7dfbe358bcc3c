import { useI18n } from '../../i18n/i18n';

/**
 * A screen whose records are still being read: its own heading, and "正在读取" under it. The
 * build prerenders screens in this state (no database on the server), so a deep link paints
 * its own title at once, never a bare loading line.
 */
export function LoadingPage({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1 className="page-title">{title}</h1>
      <p className="muted">{t('status.loading')}</p>
    </div>
  );
}
