/** Legal sources for the complaints area. Append-only: never change the meaning of a shipped id. */
import type { LegalSource } from '../source-types';

export const complaintsSources: readonly LegalSource[] = [];
