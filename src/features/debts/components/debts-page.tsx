import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { usePerfMarkOnce } from '../../../lib/perf-mark';
import { useToday } from '../../../components/use-today';
import { useI18n } from '../../../i18n/i18n';
import { useDebts } from '../../../storage/hooks';
import { DebtList } from './debt-list';
import { LedgerSummary } from './ledger-summary';

/** Debts listed at first; the rest one page at a time, so a long ledger still shows at once. */
export const LEDGER_PAGE_SIZE = 50;

/** The home screen: summary, then every debt. `aside` lets the app add panels (e.g. deadlines). */
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
  const today = useToday();
  const [shown, setShown] = useState(LEDGER_PAGE_SIZE);
  usePerfMarkOnce('shore:ledger-shown', debts !== null);
  return (
    <div className="page">
      <h1 className="page-title">{t('debts.title')}</h1>
      {/* Static, so it is in the prerendered HTML: the first screen paints before any script. */}
      <p className="intro">{t('debts.intro')}</p>
      {debts === null ? (
        <p className="muted">{t('status.loading')}</p>
      ) : debts.length === 0 ? (
        <p className="empty">{t('debts.empty')}</p>
      ) : (
        <>
          <LedgerSummary debts={debts} today={today} />
          {aside}
          <DebtList debts={debts.slice(0, shown)} today={today} detailHref={detailHref} />
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
    </div>
  );
}
