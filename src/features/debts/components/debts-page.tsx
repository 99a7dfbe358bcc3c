import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { rankDebts } from '../../../domain/assess/rank-debts';
import type { DebtUrgency } from '../../../domain/assess/urgency';
import { overdueDays, type Debt } from '../../../domain/debt';
import type { IsoDate } from '../../../domain/types';
import { usePerfMarkOnce } from '../../../lib/perf-mark';
import { useToday } from '../../../components/use-today';
import { useI18n } from '../../../i18n/i18n';
import { useAllDebtEvents, useDebts } from '../../../storage/hooks';
import { DebtList } from './debt-list';
import { LedgerSummary } from './ledger-summary';
import { readBrowserHints } from '../../../lib/browser-hints';

/** Debts listed at first; the rest one page at a time, so a long ledger still shows at once. */
export const LEDGER_PAGE_SIZE = 50;

/** Most days overdue first, settled last: the order until the urgency ranking has loaded. */
export function byDaysOverdue(debts: readonly Debt[], today: IsoDate): Debt[] {
  const key = (d: Debt) => (d.status === 'settled' ? -1 : overdueDays(d, today));
  return [...debts].sort((a, b) => key(b) - key(a));
}

/** The urgency ranking, loaded after the first paint (it carries the assessment engine). */
function useRanking(): typeof rankDebts | null {
  const [rank, setRank] = useState<typeof rankDebts | null>(null);
  useEffect(() => {
    let live = true;
    import('../../../domain/assess/rank-debts')
      .then((m) => {
        if (live) setRank(() => m.rankDebts);
      })
      .catch(() => undefined); // offline without the chunk: days-overdue order stays
    return () => {
      live = false;
    };
  }, []);
  return rank;
}

/**
 * The home screen: the debts first, most urgent on top, each with its most pressing date in
 * plain words; then the total, the app's panels (`aside`, e.g. the nearest dates) and the
 * explanation of what Shore is, which a person with debts has already read.
 */
export function DebtsPage({
  newHref,
  detailHref,
  restoreHref,
  aside,
}: {
  newHref: string;
  detailHref: (id: string) => string;
  /** Where a backup is restored: an empty ledger (a new phone, a wipe, data lost) offers it. */
  restoreHref?: string;
  aside?: ReactNode;
}) {
  const { t } = useI18n();
  const debts = useDebts();
  const events = useAllDebtEvents();
  const today = useToday();
  const [shown, setShown] = useState(LEDGER_PAGE_SIZE);
  const rank = useRanking();
  const ranked = useMemo((): { debt: Debt; urgency?: DebtUrgency }[] | null => {
    if (debts === null) return null;
    if (rank === null || events === null) return byDaysOverdue(debts, today).map((debt) => ({ debt }));
    return rank(debts, events, today);
  }, [debts, events, today, rank]);
  const urgency = useMemo(
    () => new Map(ranked?.flatMap((r) => (r.urgency ? [[r.debt.id, r.urgency] as const] : []))),
    [ranked],
  );
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
          {!readBrowserHints().standalone && <p className="notice">{t('debts.empty.installFirst')}</p>}
          {restoreHref && (
            <Link to={restoreHref} className="button button-block">
              {t('debts.empty.restore')}
            </Link>
          )}
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
