/** Court screens (loaded on demand). */
import { useNavigate } from 'react-router';
import { CaseNumberPage } from '../../features/court/components/case-number-page';
import { ClaimCheckPage } from '../../features/court/components/claim-check-page';
import { EnforcementPage } from '../../features/court/components/enforcement-page';
import { paths } from '../paths';

// The case number and the claim-check sentences go to the letter in the navigation state,
// never in the URL (letter-routes.tsx reads them back).

export function CaseNumberRoute() {
  const navigate = useNavigate();
  return (
    <CaseNumberPage
      claimCheckHref={paths.courtClaimCheck.href()}
      onWriteLetter={(letter, caseNumber) => void navigate(paths.letterNew.href(letter), { state: { caseNumber } })}
    />
  );
}

export function ClaimCheckRoute() {
  const navigate = useNavigate();
  return (
    <ClaimCheckPage
      onUseSentences={(letter, debtId, claimSentences) =>
        void navigate(paths.letterNew.href(letter, debtId), { state: { claimSentences } })
      }
    />
  );
}

export function EnforcementRoute() {
  return <EnforcementPage caseNumberHref={paths.courtCaseNumber.href()} />;
}
