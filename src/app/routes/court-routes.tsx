/** Court screens (loaded on demand). */
import { CaseNumberPage } from '../../features/court/components/case-number-page';
import { EnforcementPage } from '../../features/court/components/enforcement-page';
import { paths } from '../paths';

export function CaseNumberRoute() {
  return <CaseNumberPage claimCheckHref={paths.courtClaimCheck.href()} />;
}

export function EnforcementRoute() {
  return <EnforcementPage caseNumberHref={paths.courtCaseNumber.href()} />;
}
