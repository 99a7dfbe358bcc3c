import { Link } from 'react-router';
import { assertNever } from '../../../lib/assert-never';
import type { DebtUrgency } from '../../../domain/assess/urgency';
import { isLoan, overdueDays, totalOwed, type Debt } from '../../../domain/debt';
import type { IsoDate } from '../../../domain/types';
import { useI18n, type I18n } from '../../../i18n/i18n';

/** The one thing about a debt said under its name, in plain words; null when nothing is ahead. */
export function urgencyLine({ t }: Pick<I18n, 't'>, u: DebtUrgency): string | null {
  switch (u.tier) {
    case 'court-deadline': {
      const d = u.courtDeadline;
      if (d === null) return null;
      const code = d.code as
        'payment-order-objection-deadline' | 'answer-deadline' | 'appeal-deadline' | 'ruling-appeal-deadline';
      const name = t(`debts.court.${code}`);
      return d.daysLeft === 0
        ? t('debts.next.courtToday', { name })
        : t('debts.next.court', { name, days: d.daysLeft });
    }
    case 'criminal-conditions':
      return t('debts.next.criminal');
    case 'overdue':
      if (u.nextLine === null) return null;
      return u.nextLine.daysLeft === 0
        ? t('debts.next.lineToday', { reaches: u.nextLine.reaches })
        : t('debts.next.line', { days: u.nextLine.daysLeft, reaches: u.nextLine.reaches });
    case 'not-overdue':
    case 'settled':
      return null;
    default:
      return assertNever(u.tier, 'urgency tier');
  }
}

/** One card per debt: who, which card or loan, days overdue, the total and what is most urgent. */
export function DebtList({
  debts,
  urgency,
  today,
  detailHref,
}: {
  debts: readonly Debt[];
  urgency?: ReadonlyMap<string, DebtUrgency>;
  today: IsoDate;
  detailHref: (id: string) => string;
}) {
  const i18n = useI18n();
  const { t, money } = i18n;
  // A card is known by its last digits, a loan by its contract number.
  const reference = (debt: Debt) =>
    isLoan(debt.creditorType)
      ? debt.loanNumber && t('debts.item.loanNumber', { loanNumber: debt.loanNumber })
      : debt.last4 && `**** ${debt.last4}`;
  return (
    <ul className="debt-list">
      {debts.map((debt) => {
        const days = overdueDays(debt, today);
        const u = urgency?.get(debt.id);
        const line = u ? urgencyLine(i18n, u) : null;
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
              {line && (
                <span className={`debt-item-next ${u?.tier === 'overdue' ? '' : 'debt-item-next-urgent'}`}>{line}</span>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
