/** 备份与恢复: how old the last backup is, export, restore, and the iPhone walk-through. */
import { useI18n } from '../../i18n/i18n';
import { backupAgeMessage } from '../../domain/backup-reminder/backup-reminder';
import type { BrowserEnvironment } from '../../domain/browser-risk/browser-env';
import { DamagedRecordsSection } from './damaged-records-section';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';

export interface BackupPageProps {
  env: BrowserEnvironment | null;
  recordCount: number;
  daysSinceBackup: number | null;
  /** A file was exported (the reminder restarts) */
  onExported: () => void | Promise<void>;
  /** Records were restored (any "data missing" notice is answered) */
  onRestored: () => void | Promise<void>;
}

function IosWalkthrough({ hasData }: { hasData: boolean }) {
  const { t } = useI18n();
  return (
    <section id="ios" className="card" aria-labelledby="ios-title">
      <h2 id="ios-title" className="card-title">
        {t('backup.ios.title')}
      </h2>
      {hasData ? (
        <>
          <p>{t('backup.ios.withData')}</p>
          <ol>
            <li>{t('backup.ios.step1')}</li>
            <li>{t('backup.ios.step2')}</li>
            <li>{t('backup.ios.step3')}</li>
          </ol>
        </>
      ) : (
        <p>{t('backup.ios.noData')}</p>
      )}
    </section>
  );
}

export function BackupPage({ env, recordCount, daysSinceBackup, onExported, onRestored }: BackupPageProps) {
  const { t } = useI18n();
  const age = backupAgeMessage(daysSinceBackup);
  return (
    <div className="page">
      <h1 className="page-title">{t('backup.title')}</h1>
      <p>{t('backup.intro')}</p>
      <p className="badge">{t(age.key, age.vars)}</p>
      {env?.iosTab && <IosWalkthrough hasData={recordCount > 0} />}
      <ExportSection onExported={onExported} />
      <ImportSection onRestored={onRestored} />
      <DamagedRecordsSection />
    </div>
  );
}
