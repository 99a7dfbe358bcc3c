/** Legal sources for the stage area. Append-only: never change the meaning of a shipped id. */
import type { LegalSource } from '../source-types';

export const stageSources: readonly LegalSource[] = [];
