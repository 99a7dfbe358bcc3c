/** 存储状态: persistent storage granted or not, space used, and a button to ask again. */
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { BrowserEnvironment } from '../../domain/browser-risk/browser-env';
import { getDb } from '../../storage/db';
import {
  readStorageStatus,
  requestPersistenceNow,
  storageApi,
  type StorageStatus,
} from '../../storage/data-loss/persistence';

function useBytes() {
  const { locale } = useI18n();
  return (bytes: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
      bytes / 1_000_000,
    );
}

export function StorageStatusSection({ env }: { env: BrowserEnvironment | null }) {
  const { t } = useI18n();
  const bytes = useBytes();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asked, setAsked] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    void readStorageStatus(storageApi()).then((s) => {
      if (live) setStatus(s);
    });
    return () => {
      live = false;
    };
  }, [asked]);

  async function ask() {
    const granted = await requestPersistenceNow(getDb(), storageApi(), new Date());
    setAsked(granted ?? false);
  }

  const lowSpace =
    status?.usageBytes != null &&
    status.quotaBytes != null &&
    status.quotaBytes > 0 &&
    status.usageBytes / status.quotaBytes > 0.9;

  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title" className="card-title">
        {t('settings.storage.title')}
      </h2>
      <p data-testid="persistence-status">
        {status === null
          ? t('status.loading')
          : status.persisted === true
            ? t('settings.storage.persisted')
            : status.persisted === false
              ? t('settings.storage.notPersisted')
              : t('settings.storage.unknown')}
      </p>
      {status?.usageBytes != null && status.quotaBytes != null && (
        <p className="muted">
          {t('settings.storage.usage', { used: bytes(status.usageBytes), quota: bytes(status.quotaBytes) })}
        </p>
      )}
      {lowSpace && <p className="notice notice-strong">{t('settings.storage.lowSpace')}</p>}
      {env?.os === 'ios' && !env.standalone && <p className="notice">{t('settings.storage.iosNote')}</p>}
      {status?.persisted === false && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void ask()}>
            {t('settings.storage.ask')}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite">
        {asked === true ? t('settings.storage.granted') : asked === false ? t('settings.storage.denied') : ''}
      </p>
    </section>
  );
}
