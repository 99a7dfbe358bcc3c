/** Budget, plan and agreement screens (loaded on demand, not on the first screen). */
import { useParams } from 'react-router';
import { AgreementPage, NewAgreementPage } from '../../features/hardship-plan/components/agreement-pages';
import { BudgetPage } from '../../features/hardship-plan/components/budget-page';
import { HardshipPlanPage } from '../../features/hardship-plan/components/hardship-plan-page';
import { negotiationLetterFor } from '../../domain/letters/registry';
import { paths } from '../paths';

export function BudgetRoute() {
  return <BudgetPage hardshipPlanHref={paths.hardshipPlan.href()} />;
}

export function HardshipPlanRoute() {
  return (
    <HardshipPlanPage
      budgetHref={paths.budget.href()}
      letterHref={(debtId, creditorType) => paths.letterNew.href(negotiationLetterFor(creditorType), debtId)}
      newAgreementHref={paths.agreementNew.href}
      agreementHref={paths.agreement.href}
    />
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
