/** Legal sources for the collection area. Append-only: never change the meaning of a shipped id. */
import type { LegalSource } from '../source-types';

export const collectionSources: readonly LegalSource[] = [];
