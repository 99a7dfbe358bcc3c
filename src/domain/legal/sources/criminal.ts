/** Legal sources for the criminal area. Append-only: never change the meaning of a shipped id. */
import type { LegalSource } from '../source-types';

export const criminalSources: readonly LegalSource[] = [];
