import { SelectField } from '../../components/ui/field';
import { LockSettings } from '../../features/app-lock/lock-settings';
import { StorageStatusSection } from '../../features/data-loss/storage-status';
import { SafetySettings } from '../../features/settings/safety-settings';
import { WipeSection } from '../../features/wipe/wipe-section';
import { refreshSafety, setHideAmounts } from '../safety/safety-start';
import { lockNow, useSafety } from '../safety/safety-store';
import { paths } from '../paths';
import { useI18n } from '../../i18n/i18n';
import { isLocale } from '../../i18n/detect-locale';

/** Settings and about. Backup, lock and storage controls join this page. */
export function SettingsRoute() {
  const { t, locale, setLocale } = useI18n();
  const safety = useSafety();
  return (
    <div className="page">
      <h1 className="page-title">{t('settings.title')}</h1>
      <section className="card">
        <SelectField
          label={t('settings.language')}
          hint={t('settings.languageHint')}
          value={locale}
          onChange={(e) => {
            if (isLocale(e.target.value)) setLocale(e.target.value);
          }}
          // Language names are written in their own language on purpose.
          options={[
            { value: 'zh-CN', label: '简体中文' },
            { value: 'en', label: 'English' },
          ]}
        />
      </section>
      <SafetySettings
        backupHref={paths.backup.href()}
        daysSinceBackup={safety.reminder?.daysSinceBackup ?? null}
        hideAmounts={safety.hideAmounts}
        onHideAmountsChange={setHideAmounts}
        lockSection={
          <LockSettings
            enabled={safety.lockEnabled}
            options={safety.lockOptions}
            onChanged={refreshSafety}
            onLockNow={lockNow}
          />
        }
        storageSection={<StorageStatusSection env={safety.env} />}
        wipeSection={<WipeSection backupHref={paths.backup.href()} />}
      />
      <section className="card">
        <h2 className="card-title">{t('settings.about')}</h2>
        <p>{t('app.tagline')}</p>
        <p>{t('app.privacy')}</p>
        <p className="muted">{t('app.disclaimer')}</p>
      </section>
    </div>
  );
}
