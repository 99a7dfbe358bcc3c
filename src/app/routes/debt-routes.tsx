import { Suspense } from 'react';
import { lazyWithMessages } from '../../i18n/lazy-with-messages';
import { Link, useParams } from 'react-router';
import { DebtDetail } from '../../features/debts/components/debt-detail';
import { EditDebtPage, NewDebtPage } from '../../features/debts/components/debt-form-page';
import { isLoan, type CreditorType } from '../../domain/debt';
import type { LegalEventKind } from '../../domain/debt-events';
import { negotiationLetterFor } from '../../domain/letters/registry';
import type { LetterTemplateId } from '../../domain/letters/template';
import { useI18n } from '../../i18n/i18n';
import { useDebtEvents } from '../../storage/hooks';
import { paths } from '../paths';

// Loaded on demand (not the first screen); the assessment panel loads after the debt shows.
const AssessmentPanel = lazyWithMessages(() =>
  import('../../features/assessment/components/assessment-panel').then((m) => m.AssessmentPanel),
);

export function NewDebtRoute() {
  return <NewDebtPage afterSaveHref={paths.debtDetail.href} />;
}

export function DebtDetailRoute() {
  const { debtId = '' } = useParams();
  return (
    <DebtDetail id={debtId} editHref={paths.debtEdit.href(debtId)} afterDeleteHref={paths.home.href()}>
      {(debt, today) => (
        <>
          <Suspense fallback={null}>
            <AssessmentPanel
              debt={debt}
              today={today}
              mythsHref={paths.law.href()}
              enforcementHref={paths.courtEnforcement.href()}
            />
          </Suspense>
          <CourtPanel debtId={debt.id} />
          <HardshipPanel debtId={debt.id} creditorType={debt.creditorType} />
        </>
      )}
    </DebtDetail>
  );
}

export function EditDebtRoute() {
  const { debtId = '' } = useParams();
  return <EditDebtPage id={debtId} afterSaveHref={paths.debtDetail.href} />;
}

/**
 * From a debt to its negotiation letter (the Art. 70 application for a bank card, the 协商还款请求函
 * for a loan): budget and plan first if they are not filled yet.
 */
function HardshipPanel({ debtId, creditorType }: { debtId: string; creditorType: CreditorType }) {
  const { t } = useI18n();
  const loan = isLoan(creditorType);
  return (
    <section className="card">
      <h2 className="card-title">{t(loan ? 'letters.fromDebt.title.loan' : 'letters.fromDebt.title')}</h2>
      <p className="muted">{t(loan ? 'letters.fromDebt.about.loan' : 'letters.fromDebt.about')}</p>
      <div className="button-row">
        <Link to={paths.letterNew.href(negotiationLetterFor(creditorType), debtId)} className="button button-primary">
          {t(loan ? 'letters.fromDebt.write.loan' : 'letters.fromDebt.write')}
        </Link>
        <Link to={paths.budget.href()} className="button button-quiet">
          {t('nav.budget')}
        </Link>
      </div>
    </section>
  );
}

/** The letter that answers each court step the user recorded. */
const COURT_LETTER_FOR: Partial<Record<LegalEventKind, LetterTemplateId>> = {
  'payment-order-received': 'payment-order-objection',
  'lawsuit-filed': 'civil-answer',
  enforcement: 'enforcement-settlement',
  'dishonest-list': 'dishonest-list-correction',
};

/** Once a court step is recorded for this debt: the claim check and the letters that answer it. */
function CourtPanel({ debtId }: { debtId: string }) {
  const { t } = useI18n();
  const events = useDebtEvents(debtId);
  const letters = [
    ...new Set(
      (events ?? []).flatMap((e) =>
        e.type === 'legal' && COURT_LETTER_FOR[e.kind] ? [COURT_LETTER_FOR[e.kind]!] : [],
      ),
    ),
  ];
  if (letters.length === 0) return null;
  return (
    <section className="card" aria-labelledby="court-letters">
      <h2 className="card-title" id="court-letters">
        {t('court.letters.panel.title')}
      </h2>
      <p className="muted">{t('court.letters.panel.about')}</p>
      <div className="button-row">
        <Link to={paths.courtClaimCheck.href()} className="button">
          {t('letters.court.claimCheckLink')}
        </Link>
        {letters.map((id) => (
          <Link key={id} to={paths.letterNew.href(id, debtId)} className="button button-primary">
            {t('court.letters.write', { letter: t(`letters.template.${id}`) })}
          </Link>
        ))}
      </div>
    </section>
  );
}
