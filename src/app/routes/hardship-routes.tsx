/** Budget, plan and agreement screens (loaded on demand, not on the first screen). */
import { useParams } from 'react-router';
import { AgreementPage, NewAgreementPage } from '../../features/budget/components/agreement-pages';
import { BudgetPage } from '../../features/budget/components/budget-page';
import { PlanPage } from '../../features/budget/components/plan-page';
import { paths } from '../paths';

export function BudgetRoute() {
  return <BudgetPage planHref={paths.plan.href()} />;
}

export function PlanRoute() {
  return (
    <PlanPage
      budgetHref={paths.budget.href()}
      letterHref={(debtId) => paths.letterNew.href('hardship-application', debtId)}
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
  return <AgreementPage id={agreementId} afterDeleteHref={paths.plan.href()} />;
}
