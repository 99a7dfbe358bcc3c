/** Letter screens (loaded on demand, not on the first screen). */
import { useLocation, useParams } from 'react-router';
import { isLetterTemplateId } from '../../domain/letters/registry';
import { LetterBuilderPage, type CourtPrefill } from '../../features/letters/components/letter-builder';
import { LettersPage } from '../../features/letters/components/letters-page';
import { SavedLetterPage } from '../../features/letters/components/saved-letter-page';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../paths';
import { useLimitationCheck } from './use-limitation-check';
import { LoadingPage } from '../../components/ui/loading-page';

export function LettersRoute() {
  return (
    <LettersPage
      newHref={(id) => paths.letterNew.href(id)}
      savedHref={paths.letterSaved.href}
      budgetHref={paths.budget.href()}
    />
  );
}

/** The navigation state another screen may hand a court letter; anything else is ignored. */
function courtPrefillFrom(state: unknown): CourtPrefill | undefined {
  if (state === null || typeof state !== 'object') return undefined;
  const s = state as Record<string, unknown>;
  const out: CourtPrefill = {};
  if (typeof s.caseNumber === 'string' && s.caseNumber.length <= 200) out.caseNumber = s.caseNumber;
  if (
    Array.isArray(s.claimSentences) &&
    s.claimSentences.length <= 50 &&
    s.claimSentences.every((x) => typeof x === 'string' && x.length <= 2000)
  )
    out.claimSentences = s.claimSentences as string[];
  return Object.keys(out).length > 0 ? out : undefined;
}

export function LetterBuilderRoute() {
  const { t } = useI18n();
  const location = useLocation();
  const { templateId = '', debtId } = useParams();
  const limitationMayHaveExpired = useLimitationCheck();
  if (!isLetterTemplateId(templateId)) return <p className="page">{t('status.notFound')}</p>;
  if (limitationMayHaveExpired === null) return <LoadingPage title={t(`letters.template.${templateId}`)} />;
  return (
    <LetterBuilderPage
      templateId={templateId}
      debtId={debtId ?? null}
      limitationMayHaveExpired={limitationMayHaveExpired}
      builderHref={paths.letterNew.href}
      savedHref={paths.letterSaved.href}
      budgetHref={paths.budget.href()}
      hardshipPlanHref={paths.hardshipPlan.href()}
      claimCheckHref={paths.courtClaimCheck.href()}
      courtPrefill={courtPrefillFrom(location.state)}
    />
  );
}

export function SavedLetterRoute() {
  const { letterId = '' } = useParams();
  return <SavedLetterPage id={letterId} afterDeleteHref={paths.letters.href()} />;
}
