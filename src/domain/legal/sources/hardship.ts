/** Legal sources for the hardship area. Append-only: never change the meaning of a shipped id. */
import type { LegalSource } from '../source-types';

export const hardshipSources: readonly LegalSource[] = [];
