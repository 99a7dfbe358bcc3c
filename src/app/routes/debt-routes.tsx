import { useParams } from 'react-router';
import { DebtDetail } from '../../features/debts/components/debt-detail';
import { DebtsPage } from '../../features/debts/components/debts-page';
import { EditDebtPage, NewDebtPage } from '../../features/debts/components/debt-form-page';
import { paths } from '../paths';

export function HomeRoute() {
  return <DebtsPage newHref={paths.debtNew.href()} detailHref={paths.debtDetail.href} />;
}

export function NewDebtRoute() {
  return <NewDebtPage afterSaveHref={paths.debtDetail.href} />;
}

export function DebtDetailRoute() {
  const { debtId = '' } = useParams();
  return <DebtDetail id={debtId} editHref={paths.debtEdit.href(debtId)} afterDeleteHref={paths.home.href()} />;
}

export function EditDebtRoute() {
  const { debtId = '' } = useParams();
  return <EditDebtPage id={debtId} afterSaveHref={paths.debtDetail.href} />;
}
