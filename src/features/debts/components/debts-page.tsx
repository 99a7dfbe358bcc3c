import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { assessDebt } from '../../../domain/assess/assess-debt';
import { assessmentInputWithIssuer } from '../../../domain/assess/from-debt';
import { byUrgency, debtUrgency, type DebtUrgency } from '../../../domain/assess/urgency';
import type { Debt } from '../../../domain/debt';
import type { DebtEvent } from '../../../domain/debt-events';
import type { IsoDate } from '../../../domain/types';
import { usePerfMarkOnce } from '../../../lib/perf-mark';
import { useToday } from '../../../components/use-today';
import { useI18n } from '../../../i18n/i18n';
import { useAllDebtEvents, useDebts } from '../../../storage/hooks';
import { DebtList } from './debt-list';
import { LedgerSummary } from './ledger-summary';

/** Debts listed at first; the rest one page at a time, so a long ledger still shows at once. */
export const LEDGER_PAGE_SIZE = 50;

/** Every debt with what makes it urgent, most urgent first (see domain/assess/urgency.ts). */
export function rankDebts(
  debts: readonly Debt[],
  events: readonly DebtEvent[],
  today: IsoDate,
): { debt: Debt; urgency: DebtUrgency }[] {
  const rows = debts.map((debt) => ({
    debt,
    urgency: debtUrgency(assessDebt(assessmentInputWithIssuer(debt, debts, events), today)),
  }));
  return byUrgency(rows, (r) => r.urgency);
}

/**
 * The home screen: the debts first, most urgent on top, each with its most pressing date in
 * plain words; then the total, the app's panels (`aside`, e.g. the nearest dates) and the
 * explanation of what Shore is, which a person with debts has already read.
 */
export function DebtsPage({
  newHref,
  detailHref,
  aside,
}: {
  newHref: string;
  detailHref: (id: string) => string;
  aside?: ReactNode;
}) {
  const { t } = useI18n();
  const debts = useDebts();
  const events = useAllDebtEvents();
  const today = useToday();
  const [shown, setShown] = useState(LEDGER_PAGE_SIZE);
  const ranked = useMemo(
    () => (debts !== null && events !== null ? rankDebts(debts, events, today) : null),
    [debts, events, today],
  );
  const urgency = useMemo(() => new Map(ranked?.map((r) => [r.debt.id, r.urgency])), [ranked]);
  usePerfMarkOnce('shore:ledger-shown', ranked !== null);
  // Static, so it is in the prerendered HTML: the first screen paints before any script.
  const intro = <p className="intro">{t('debts.intro')}</p>;
  return (
    <div className="page">
      <h1 className="page-title">{t('debts.title')}</h1>
      {debts === null || ranked === null ? (
        <p className="muted">{t('status.loading')}</p>
      ) : debts.length === 0 ? (
        <>
          {intro}
          <p className="empty">{t('debts.empty')}</p>
        </>
      ) : (
        <>
          <DebtList
            debts={ranked.slice(0, shown).map((r) => r.debt)}
            urgency={urgency}
            today={today}
            detailHref={detailHref}
          />
          {debts.length > shown && (
            <button type="button" className="button button-block" onClick={() => setShown((n) => n + LEDGER_PAGE_SIZE)}>
              {t('debts.list.more', { count: Math.min(LEDGER_PAGE_SIZE, debts.length - shown) })}
            </button>
          )}
        </>
      )}
      <Link to={newHref} className="button button-primary button-block">
        {t('debts.add')}
      </Link>
      {debts !== null && debts.length > 0 && ranked !== null && (
        <>
          <LedgerSummary debts={debts} today={today} />
          {aside}
        </>
      )}
      {(debts === null || ranked === null || debts.length > 0) && intro}
    </div>
  );
}
