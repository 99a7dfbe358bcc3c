/**
 * The most urgent notices: records this device held are gone or fewer (the data marker, see
 * storage/data-loss/marker.ts), and this browser cannot save at all (the start-up canary).
 * Each says what happened and what to do.
 */
import { Link } from 'react-router';
import { toIsoDate } from '../../domain/dates';
import { useI18n } from '../../i18n/i18n';
import type { CanaryResult } from '../../storage/data-loss/canary';
import type { IntegrityReport } from '../../storage/data-loss/marker';

export interface DataLossNoticesProps {
  /** Set while data is missing and the user has not answered yet */
  integrity: IntegrityReport | null;
  canary: CanaryResult | null;
  backupHref: string;
  /** The user accepted the loss ("start fresh" / "it was me") */
  onResolve: () => void | Promise<void>;
}

export function DataLossNotices({ integrity, canary, backupHref, onResolve }: DataLossNoticesProps) {
  const { t, date } = useI18n();
  const cleared = integrity?.status === 'cleared';
  const when = integrity?.lastWriteAt ? date(toIsoDate(new Date(integrity.lastWriteAt))) : '';
  return (
    <>
      {integrity && (
        <section className="notice notice-strong" role="alert" aria-labelledby="integrity-title">
          <h2 id="integrity-title" className="card-title">
            {t(cleared ? 'safety.integrity.cleared.title' : 'safety.integrity.fewer.title')}
          </h2>
          <p>
            {cleared
              ? t('safety.integrity.cleared.body', { expected: integrity.expected, when })
              : t('safety.integrity.fewer.body', { expected: integrity.expected, actual: integrity.actual })}
          </p>
          <div className="button-row">
            <Link className="button button-primary" to={backupHref}>
              {t('safety.integrity.restore')}
            </Link>
            <button type="button" className="button button-quiet" onClick={() => void onResolve()}>
              {t(cleared ? 'safety.integrity.startFresh' : 'safety.integrity.itWasMe')}
            </button>
          </div>
        </section>
      )}
      {canary && !canary.indexedDb && (
        <p className="notice notice-strong" role="alert">
          {t('safety.canary.failed')}
        </p>
      )}
    </>
  );
}
