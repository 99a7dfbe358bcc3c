/** Legal sources for the civil area. Append-only: never change the meaning of a shipped id. */
import type { LegalSource } from '../source-types';

export const civilSources: readonly LegalSource[] = [];
