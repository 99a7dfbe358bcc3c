/** Routes of the collector-conduct feature (lazy: not on the first screen). */
import { useParams } from 'react-router';
import { ConductPage } from '../../features/conduct/components/conduct-page';
import { ContactDetail } from '../../features/conduct/components/contact-detail';
import { EditContactPage, NewContactPage } from '../../features/conduct/components/contact-form-page';
import { ContextPage } from '../../features/conduct/components/context-page';
import { PacketPage } from '../../features/conduct/components/packet-page';
import { RightsPage } from '../../features/conduct/components/rights-page';
import { paths } from '../paths';
import { useLimitationCheck } from './use-limitation-check';

export function ConductRoute() {
  return (
    <ConductPage
      hrefs={{
        newEntry: paths.conductNew.href(),
        paste: paths.conductPaste.href(),
        entry: paths.conductEntry.href,
        rights: paths.conductRights.href(),
        context: paths.conductContext.href(),
        packet: paths.conductPacket.href(),
      }}
    />
  );
}

export function NewContactRoute() {
  return <NewContactPage afterSaveHref={paths.conductEntry.href} />;
}

export function ContactDetailRoute() {
  const { entryId = '' } = useParams();
  return (
    <ContactDetail
      id={entryId}
      editHref={paths.conductEntryEdit.href(entryId)}
      afterDeleteHref={paths.conduct.href()}
    />
  );
}

export function EditContactRoute() {
  const { entryId = '' } = useParams();
  return <EditContactPage id={entryId} afterSaveHref={paths.conductEntry.href} />;
}

export function RightsRoute() {
  return <RightsPage caseNumberHref={paths.courtCaseNumber.href()} enforcementHref={paths.courtEnforcement.href()} />;
}

export function ConductContextRoute() {
  return <ContextPage />;
}

export function PacketRoute() {
  const limitationMayHaveExpired = useLimitationCheck();
  return <PacketPage limitationMayHaveExpired={limitationMayHaveExpired} />;
}
