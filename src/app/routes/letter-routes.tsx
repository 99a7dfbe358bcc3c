/** Letter screens (loaded on demand, not on the first screen). */
import { useParams } from 'react-router';
import { isLetterTemplateId } from '../../domain/letters/registry';
import { LetterBuilderPage } from '../../features/letters/components/letter-builder';
import { LettersPage } from '../../features/letters/components/letters-page';
import { SavedLetterPage } from '../../features/letters/components/saved-letter-page';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../paths';
import { useLimitationCheck } from './use-limitation-check';

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
  const limitationMayHaveExpired = useLimitationCheck();
  if (!isLetterTemplateId(templateId)) return <p className="page">{t('status.notFound')}</p>;
  if (limitationMayHaveExpired === null) return <p className="page muted">{t('status.loading')}</p>;
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
