/**
 * Conduct context per debt (outsourcing notice, repayment agreement, reachability …) in the
 * `conductContexts` table, keyed by debt id; '' holds the context of contacts not linked to a
 * debt. A debt without a row uses DEFAULT_CONDUCT_CONTEXT.
 */
import type { ConductContext, ConductContextFields } from '../../domain/conduct/contact';
import { conductContextFieldsSchema } from '../../domain/conduct/contact-schema';
import { getDb } from '../db';
import { StorageError } from '../storage-error';

export function getConductContext(debtId: string): Promise<ConductContext | undefined> {
  return getDb().conductContexts.get(debtId);
}

export function listConductContexts(): Promise<ConductContext[]> {
  return getDb().conductContexts.toArray();
}

export async function saveConductContext(
  debtId: string,
  fields: ConductContextFields,
  now = new Date(),
): Promise<void> {
  const result = conductContextFieldsSchema.safeParse(fields);
  if (!result.success || debtId.length > 100) throw new StorageError('invalid-record');
  await getDb().conductContexts.put({ ...result.data, debtId, updatedAt: now.toISOString() });
}
