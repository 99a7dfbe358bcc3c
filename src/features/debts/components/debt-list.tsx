import { Link } from 'react-router';
import { isLoan, overdueDays, totalOwed, type Debt } from '../../../domain/debt';
import type { IsoDate } from '../../../domain/types';
import { useI18n } from '../../../i18n/i18n';

/** One card per debt: who, which card or loan, days overdue and the total. */
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
  // A card is known by its last digits, a loan by its contract number.
  const reference = (debt: Debt) =>
    isLoan(debt.creditorType)
      ? debt.loanNumber && t('debts.item.loanNumber', { loanNumber: debt.loanNumber })
      : debt.last4 && `**** ${debt.last4}`;
  return (
    <ul className="debt-list">
      {debts.map((debt) => {
        const days = overdueDays(debt, today);
        return (
          <li key={debt.id}>
            <Link to={detailHref(debt.id)} className="debt-item">
              <span className="debt-item-name">
                <span className="debt-lender">{debt.lender}</span>
                {(debt.nickname || reference(debt)) && (
                  <span className="muted">
                    {debt.nickname}
                    {debt.nickname && reference(debt) ? ' · ' : ''}
                    {reference(debt)}
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
