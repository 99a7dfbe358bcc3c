/** Letter screens (loaded on demand, not on the first screen). */
import { useParams } from 'react-router';
import { isLetterTemplateId } from '../../domain/letters/registry';
import { LetterBuilderPage } from '../../features/letters/components/letter-builder';
import { LettersPage } from '../../features/letters/components/letters-page';
import { SavedLetterPage } from '../../features/letters/components/saved-letter-page';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../paths';

/**
 * Whether the limitation period of a debt may have expired. The legal assessment (issue 3)
 * computes this; until it is merged the answer is "not flagged", and the builder already
 * shows the Art. 19 warning and asks for the user's choice whenever this returns true.
 */
const limitationMayHaveExpired = (): boolean => false;

export function LettersRoute() {
  return <LettersPage newHref={(id) => paths.letterNew.href(id)} savedHref={paths.letterSaved.href} />;
}

export function LetterBuilderRoute() {
  const { t } = useI18n();
  const { templateId = '', debtId } = useParams();
  if (!isLetterTemplateId(templateId)) return <p className="page">{t('status.notFound')}</p>;
  return (
    <LetterBuilderPage
      templateId={templateId}
      debtId={debtId ?? null}
      limitationMayHaveExpired={limitationMayHaveExpired}
      builderHref={paths.letterNew.href}
      savedHref={paths.letterSaved.href}
      budgetHref={paths.budget.href()}
      planHref={paths.plan.href()}
    />
  );
}

export function SavedLetterRoute() {
  const { letterId = '' } = useParams();
  return <SavedLetterPage id={letterId} afterDeleteHref={paths.letters.href()} />;
}
