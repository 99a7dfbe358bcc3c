/** Court screens (loaded on demand). */
import { CaseNumberPage } from '../../features/court/components/case-number-page';
import { paths } from '../paths';

export function CaseNumberRoute() {
  return <CaseNumberPage claimCheckHref={paths.courtClaimCheck.href()} />;
}
