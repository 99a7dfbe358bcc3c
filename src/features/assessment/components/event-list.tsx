/** The events recorded for one debt, newest first, each deletable with undo. */
import type { DebtEvent } from '../../../domain/debt-events';
import { assertNever } from '../../../lib/assert-never';
import { showToast } from '../../../components/ui/toast-store';
import { useI18n } from '../../../i18n/i18n';
import { deleteDebtEvent, restoreDebtEvent } from '../../../storage/repos/debt-events-repo';
import { toStorageErrorCode } from '../../../storage/storage-error';

function useEventText() {
  const { t, money, date } = useI18n();
  return (e: DebtEvent): string => {
    switch (e.type) {
      case 'payment':
        return t('assess.events.item.payment', { date: date(e.date), amount: money(e.amount) });
      case 'collection-notice':
        return t('assess.events.item.collection-notice', {
          date: date(e.date),
          channel: t(`assess.channel.${e.channel}`),
          received: t(`assess.received.${e.received}`),
        });
      case 'acknowledgement':
        return t('assess.events.item.acknowledgement', { date: date(e.date), kind: t(`assess.ack.${e.kind}`) });
      case 'legal':
        return e.performanceDue
          ? t('assess.events.item.legalPerformance', {
              date: date(e.date),
              kind: t(`assess.legal.${e.kind}`),
              performanceDue: date(e.performanceDue),
            })
          : t('assess.events.item.legal', { date: date(e.date), kind: t(`assess.legal.${e.kind}`) });
      default:
        return assertNever(e, 'unknown event type');
    }
  };
}

export function EventList({ events }: { events: readonly DebtEvent[] }) {
  const { t } = useI18n();
  const text = useEventText();
  if (events.length === 0) return <p className="empty">{t('assess.events.empty')}</p>;

  async function remove(id: string) {
    try {
      const removed = await deleteDebtEvent(id);
      if (removed) {
        showToast({
          message: 'assess.events.deleted',
          action: { label: 'action.undo', run: () => restoreDebtEvent(removed) },
        });
      }
    } catch (err) {
      showToast({ message: `error.storage.${toStorageErrorCode(err)}`, tone: 'error' });
    }
  }

  return (
    <ul className="event-list">
      {[...events].reverse().map((e) => (
        <li key={e.id} className="event-item">
          <div className="event-text">
            <span>{text(e)}</span>
            {e.type === 'legal' && e.caseNumber && (
              <span className="muted user-text">
                {t('assess.events.item.caseNumber', { caseNumber: e.caseNumber })}
              </span>
            )}
            {e.note && <span className="muted user-text">{e.note}</span>}
          </div>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={`${t('assess.events.delete')}: ${text(e)}`}
            onClick={() => void remove(e.id)}
          >
            {t('action.delete')}
          </button>
        </li>
      ))}
    </ul>
  );
}
