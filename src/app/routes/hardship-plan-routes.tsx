/** Budget, plan and agreement screens (loaded on demand, not on the first screen). */
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { AgreementPage, NewAgreementPage } from '../../features/hardship-plan/components/agreement-pages';
import { BudgetPage } from '../../features/hardship-plan/components/budget-page';
import { HardshipPlanPage } from '../../features/hardship-plan/components/hardship-plan-page';
import { negotiationLetterFor } from '../../domain/letters/registry';
import { paths } from '../paths';

/** The two steps of 还款, side by side at the top of each, the current one marked. */
function PlanSteps({ current }: { current: 'budget' | 'plan' }) {
  const { t } = useI18n();
  const steps = [
    { id: 'budget', to: paths.budget.href(), label: t('hardshipPlan.steps.budget') },
    { id: 'plan', to: paths.hardshipPlan.href(), label: t('hardshipPlan.steps.plan') },
  ] as const;
  return (
    <nav className="steps no-print" aria-label={t('hardshipPlan.steps.label')}>
      {steps.map((s) => (
        <Link
          key={s.id}
          to={s.to}
          className={`steps-link ${s.id === current ? 'active' : ''}`}
          aria-current={s.id === current ? 'page' : undefined}
        >
          {s.label}
        </Link>
      ))}
    </nav>
  );
}

export function BudgetRoute() {
  return (
    <>
      <PlanSteps current="budget" />
      <BudgetPage hardshipPlanHref={paths.hardshipPlan.href()} />
    </>
  );
}

export function HardshipPlanRoute() {
  return (
    <>
      <PlanSteps current="plan" />
      <HardshipPlanPage
        budgetHref={paths.budget.href()}
        letterHref={(debtId, creditorType) => paths.letterNew.href(negotiationLetterFor(creditorType), debtId)}
        newAgreementHref={paths.agreementNew.href}
        agreementHref={paths.agreement.href}
      />
    </>
  );
}

export function NewAgreementRoute() {
  const { debtId = '' } = useParams();
  return <NewAgreementPage debtId={debtId} afterSaveHref={paths.agreement.href} />;
}

export function AgreementRoute() {
  const { agreementId = '' } = useParams();
  return <AgreementPage id={agreementId} afterDeleteHref={paths.hardshipPlan.href()} />;
}
