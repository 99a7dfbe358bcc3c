/**
 * The registry of every legal source the app cites, split by area so each file stays
 * readable. Ids are unique across the registry (a test checks this).
 */
import type { LegalSource } from '../source-types';
import { civilSources } from './civil';
import { collectionSources } from './collection';
import { complaintsSources } from './complaints';
import { courtSources } from './court';
import { courtLetterSources } from './court-letters';
import { creditRecordSources } from './credit-record';
import { criminalSources } from './criminal';
import { hardshipSources } from './hardship';
import { stageSources } from './stage';

export const ALL_SOURCES: readonly LegalSource[] = [
  ...stageSources,
  ...criminalSources,
  ...civilSources,
  ...creditRecordSources,
  ...collectionSources,
  ...complaintsSources,
  ...hardshipSources,
  ...courtSources,
  ...courtLetterSources,
];

const byId = new Map(ALL_SOURCES.map((s) => [s.id, s]));

export function findSource(id: string): LegalSource | undefined {
  return byId.get(id);
}
