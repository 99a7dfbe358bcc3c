import { Suspense } from 'react';
import { lazyWithMessages } from '../../i18n/lazy-with-messages';
import { DebtsPage } from '../../features/debts/components/debts-page';
import { useToday } from '../../components/use-today';
import { paths } from '../paths';

// The first screen. The deadlines card is not on its critical path: it loads on demand.
const DeadlinesCard = lazyWithMessages(() =>
  import('../../features/assessment/components/deadlines-card').then((m) => m.DeadlinesCard),
);

export function HomeRoute() {
  const today = useToday();
  return (
    <DebtsPage
      newHref={paths.debtNew.href()}
      detailHref={paths.debtDetail.href}
      restoreHref={paths.backup.href()}
      aside={
        <Suspense fallback={null}>
          <DeadlinesCard today={today} detailHref={paths.debtDetail.href} mythsHref={paths.law.href()} />
        </Suspense>
      }
    />
  );
}
