import { Link } from 'react-router';
import { overdueDays, totalOwed, type Debt } from '../../../domain/debt';
import type { IsoDate } from '../../../domain/types';
import { useI18n } from '../../../i18n/i18n';

/** One card per debt: who, which card, days overdue and the total. */
export function DebtList({
  debts,
  today,
  detailHref,
}: {
  debts: readonly Debt[];
  today: IsoDate;
  detailHref: (id: string) => string;
}) {
  const { t, money } = useI18n();
  return (
    <ul className="debt-list">
      {debts.map((debt) => {
        const days = overdueDays(debt, today);
        return (
          <li key={debt.id}>
            <Link to={detailHref(debt.id)} className="debt-item">
              <span className="debt-item-name">
                <span className="debt-lender">{debt.lender}</span>
                {(debt.nickname || debt.last4) && (
                  <span className="muted">
                    {debt.nickname}
                    {debt.nickname && debt.last4 ? ' · ' : ''}
                    {debt.last4 && `**** ${debt.last4}`}
                  </span>
                )}
              </span>
              <span className="debt-item-figures">
                <span className={`badge ${days > 90 ? 'badge-strong' : ''}`}>
                  {debt.status === 'settled'
                    ? t('debts.item.settled')
                    : days > 0
                      ? t('debts.item.overdueDays', { days })
                      : t('debts.item.notOverdue')}
                </span>
                <span className="amount" data-amount>
                  {money(totalOwed(debt))}
                </span>
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
