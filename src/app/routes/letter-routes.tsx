/** Letter screens (loaded on demand, not on the first screen). */
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { assessmentInputFrom } from '../../domain/assess/from-debt';
import { assessLimitation } from '../../domain/assess/limitation';
import { isLetterTemplateId } from '../../domain/letters/registry';
import { LetterBuilderPage } from '../../features/letters/components/letter-builder';
import { LettersPage } from '../../features/letters/components/letters-page';
import { SavedLetterPage } from '../../features/letters/components/saved-letter-page';
import { useI18n } from '../../i18n/i18n';
import { useToday } from '../../components/use-today';
import { useAllDebtEvents, useDebts } from '../../storage/hooks';
import { paths } from '../paths';

export function LettersRoute() {
  return (
    <LettersPage
      newHref={(id) => paths.letterNew.href(id)}
      savedHref={paths.letterSaved.href}
      budgetHref={paths.budget.href()}
    />
  );
}

export function LetterBuilderRoute() {
  const { t } = useI18n();
  const { templateId = '', debtId } = useParams();
  const today = useToday();
  const debts = useDebts();
  const events = useAllDebtEvents();
  /**
   * The legal assessment's flag: may the limitation period of this debt have expired? The
   * builder shows the 诉讼时效规定 Art. 19 warning and asks for the user's choice when it does.
   */
  const limitationMayHaveExpired = useCallback(
    (id: string) => {
      const debt = debts?.find((d) => d.id === id);
      if (!debt || !events) return false;
      const input = assessmentInputFrom(
        debt,
        events.filter((e) => e.debtId === id),
      );
      return assessLimitation(input, today).limitationMayHaveExpired;
    },
    [debts, events, today],
  );
  if (!isLetterTemplateId(templateId)) return <p className="page">{t('status.notFound')}</p>;
  if (debts === null || events === null) return <p className="page muted">{t('status.loading')}</p>;
  return (
    <LetterBuilderPage
      templateId={templateId}
      debtId={debtId ?? null}
      limitationMayHaveExpired={limitationMayHaveExpired}
      builderHref={paths.letterNew.href}
      savedHref={paths.letterSaved.href}
      budgetHref={paths.budget.href()}
      hardshipPlanHref={paths.hardshipPlan.href()}
    />
  );
}

export function SavedLetterRoute() {
  const { letterId = '' } = useParams();
  return <SavedLetterPage id={letterId} afterDeleteHref={paths.letters.href()} />;
}
