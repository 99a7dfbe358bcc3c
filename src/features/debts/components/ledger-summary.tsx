import { summariseLedger, type Debt, type SimpleStage } from '../../../domain/debt';
import type { IsoDate } from '../../../domain/types';
import { useI18n } from '../../../i18n/i18n';

const STAGES: readonly Exclude<SimpleStage, 'not-overdue'>[] = ['days-1-30', 'days-31-90', 'days-over-90'];

/** Total owed and how many debts sit in each overdue band. */
export function LedgerSummary({ debts, today }: { debts: readonly Debt[]; today: IsoDate }) {
  const { t, money } = useI18n();
  const summary = summariseLedger(debts, today);
  return (
    <section className="card summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="card-title">
        {t('debts.summary.title')}
      </h2>
      <p className="summary-total">
        <span className="summary-label">{t('debts.summary.total')}</span>
        <span className="amount amount-large" data-amount>
          {money(summary.totalOwed)}
        </span>
      </p>
      <p className="muted">{t('debts.summary.openCount', { count: summary.openCount })}</p>
      <h3 className="visually-hidden">{t('debts.summary.byStage')}</h3>
      <ul className="stage-counts">
        {STAGES.map((stage) => (
          <li key={stage} className={`stage-count stage-${stage}`}>
            <span>{t(`debts.stage.${stage}`)}</span>
            <strong>{summary.byStage[stage]}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
