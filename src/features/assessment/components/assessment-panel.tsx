/**
 * The legal assessment of one debt, shown on its detail page: stage, dates ahead, the criminal
 * test, civil risk, limitation and credit record, each statement with its source, and the
 * events the user records. Assessed as of today on every render; nothing is stored.
 */
import '../assessment.css';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { assessDebt } from '../../../domain/assess/assess-debt';
import { assessmentInputWithIssuer } from '../../../domain/assess/from-debt';
import type { Finding } from '../../../domain/assess/types';
import { isLoan, type Debt } from '../../../domain/debt';
import { DEBT_EVENT_TYPES, type DebtEvent, type DebtEventType, type LegalEventKind } from '../../../domain/debt-events';
import type { IsoDate } from '../../../domain/types';
import { useI18n } from '../../../i18n/i18n';
import { useAllDebtEvents, useDebts } from '../../../storage/hooks';
import { tk } from '../messages';
import { CriminalSection } from './criminal-section';
import { EventForm } from './event-form';
import { EventList } from './event-list';
import { FindingItem, FindingList } from './finding-item';
import { MilestoneTimeline } from './milestone-timeline';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card assess-section" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function StageFindings({ findings, bankActionsNote }: { findings: readonly Finding[]; bankActionsNote: string }) {
  const i18n = useI18n();
  return (
    <ul className="findings">
      {findings.map((f, i) =>
        f.code === 'bank-actions' ? (
          <FindingItem key={`${f.code}-${i}`} finding={{ ...f, reasons: [] }}>
            <p className="muted">{bankActionsNote}</p>
            <ul className="finding-reasons">
              {(f.reasons ?? []).map((r) => (
                <li key={r}>{tk(i18n, `assess.reason.${r}`)}</li>
              ))}
            </ul>
          </FindingItem>
        ) : (
          <FindingItem key={`${f.code}-${i}`} finding={f} />
        ),
      )}
    </ul>
  );
}

/** Court events after which what enforcement can and cannot do matters. */
const ENFORCEMENT_RELATED: ReadonlySet<LegalEventKind> = new Set([
  'judgment-received',
  'enforcement',
  'consumption-ban',
  'dishonest-list',
]);

export function AssessmentPanel({
  debt,
  today,
  mythsHref,
  enforcementHref,
}: {
  debt: Debt;
  today: IsoDate;
  mythsHref?: string;
  /** The enforcement screen, linked once a judgment or an enforcement step is recorded. */
  enforcementHref?: string;
}) {
  // Every debt and event, not only this debt's: the 恶意透支 amount is counted per issuer.
  const debts = useDebts();
  const allEvents = useAllDebtEvents();
  const events = useMemo(() => allEvents?.filter((e) => e.debtId === debt.id) ?? null, [allEvents, debt.id]);
  if (events === null || allEvents === null || debts === null) return <AssessmentLoading />;
  return (
    <Assessment
      debt={debt}
      debts={debts}
      events={events}
      allEvents={allEvents}
      today={today}
      mythsHref={mythsHref}
      enforcementHref={enforcementHref}
    />
  );
}

function AssessmentLoading() {
  const { t } = useI18n();
  return <p className="muted">{t('assess.loading')}</p>;
}

function Assessment({
  debt,
  debts,
  events,
  allEvents,
  today,
  mythsHref,
  enforcementHref,
}: {
  debt: Debt;
  debts: readonly Debt[];
  events: readonly DebtEvent[];
  allEvents: readonly DebtEvent[];
  today: IsoDate;
  mythsHref?: string;
  enforcementHref?: string;
}) {
  const i18n = useI18n();
  const { t, money, date } = i18n;
  const [adding, setAdding] = useState<DebtEventType | null>(null);
  const a = useMemo(
    () => assessDebt(assessmentInputWithIssuer(debt, debts, allEvents), today),
    [debt, debts, allEvents, today],
  );
  const limitation = a.limitation;
  const warnings = limitation.findings.filter((f) => f.code === 'waiver-warning-now');
  const paidSince = a.outstanding.total < debt.principal + debt.interest + debt.fees && !a.stage.settled;

  return (
    <div className="assessment">
      <h2 className="page-subtitle">{t('assess.title')}</h2>
      <p className="muted">{t('assess.asOf', { date: date(today) })}</p>
      {!a.stage.settled && (
        <p>
          {t(isLoan(debt.creditorType) ? 'assess.outstandingLoan' : 'assess.outstanding', {
            total: money(a.outstanding.total),
            principal: money(a.outstanding.principal),
          })}
          {paidSince && ` ${t('assess.outstandingPaid', { date: date(debt.amountsAsOf) })}`}
        </p>
      )}
      {warnings.length > 0 && (
        <ul className="findings">
          {warnings.map((f) => (
            <FindingItem key={f.code} finding={f} tone="warning" />
          ))}
        </ul>
      )}

      <Section id="assess-stage" title={t('assess.section.stage')}>
        <StageFindings findings={a.stage.findings} bankActionsNote={t('assess.bankActions.note')} />
      </Section>

      <Section id="assess-milestones" title={t('assess.section.milestones')}>
        <MilestoneTimeline milestones={a.milestones} />
      </Section>

      <Section id="assess-criminal" title={t('assess.section.criminal')}>
        <CriminalSection criminal={a.criminal} />
      </Section>

      <Section id="assess-civil" title={t('assess.section.civil')}>
        <FindingList findings={a.civil.findings} />
        {enforcementHref && a.civil.events.some((e) => ENFORCEMENT_RELATED.has(e.kind)) && (
          <p>
            <Link to={enforcementHref} className="button">
              {t('assess.enforcementLink')}
            </Link>
          </p>
        )}
      </Section>

      <Section id="assess-limitation" title={t('assess.section.limitation')}>
        {limitation.lastInterruption && limitation.status !== 'in-court' && (
          <p>
            {t('assess.limitation.lastCause', {
              date: date(limitation.lastInterruption.date),
              cause: tk(i18n, `assess.value.cause.${limitation.lastInterruption.cause}`),
            })}
          </p>
        )}
        <FindingList findings={limitation.findings.filter((f) => f.code !== 'waiver-warning-now')} />
      </Section>

      <Section id="assess-credit" title={t('assess.section.creditRecord')}>
        <FindingList findings={a.creditRecord.findings} />
      </Section>

      <Section id="assess-events" title={t('assess.section.events')}>
        <EventList events={events} />
        {adding ? (
          <EventForm
            key={adding}
            debtId={debt.id}
            type={adding}
            today={today}
            limitationMayHaveExpired={limitation.limitationMayHaveExpired}
            onDone={() => setAdding(null)}
          />
        ) : (
          <div className="button-stack">
            {DEBT_EVENT_TYPES.map((type) => (
              <button key={type} type="button" className="button" onClick={() => setAdding(type)}>
                {t(`assess.events.add.${type}`)}
              </button>
            ))}
          </div>
        )}
      </Section>

      {mythsHref && (
        <p>
          <Link to={mythsHref} className="button button-quiet button-block">
            {t('assess.mythsLink')}
          </Link>
        </p>
      )}
    </div>
  );
}
