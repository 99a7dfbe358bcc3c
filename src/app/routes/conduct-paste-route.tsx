/**
 * The paste screen's route, in a chunk of its own: the message reader and its lexicon load
 * only with this screen, never with the rest of the contact log.
 */
import { PastePage } from '../../features/conduct/components/paste-page';
import { paths } from '../paths';

export function ConductPasteRoute() {
  return <PastePage entryHref={paths.conductEntry.href} listHref={paths.conduct.href()} />;
}
