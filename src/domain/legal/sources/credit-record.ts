/** Legal sources for the credit-record area. Append-only: never change the meaning of a shipped id. */
import type { LegalSource } from '../source-types';

export const creditRecordSources: readonly LegalSource[] = [];
