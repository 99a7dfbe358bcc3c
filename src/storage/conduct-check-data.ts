/**
 * What the rule check reads: the whole log, the saved contexts and each debt's kind of credit,
 * in one read transaction so the findings never mix two states of the database. Free of the
 * record schemas, so the check worker stays small.
 */
import type { ConductContext, ContactEntry } from '../domain/conduct/contact';
import type { CreditorType } from '../domain/debt';
import { checkLog, type LogCheck } from '../domain/conduct/check-log';
import type { ShoreDb } from './db';

export interface ConductCheckData {
  entries: ContactEntry[];
  contexts: ConductContext[];
  debts: { id: string; creditorType: CreditorType }[];
}

export async function readConductCheckData(db: ShoreDb): Promise<ConductCheckData> {
  return db.transaction('r', db.contacts, db.conductContexts, db.debts, async () => {
    const [entries, contexts, debts] = await Promise.all([
      db.contacts.toArray(),
      db.conductContexts.toArray(),
      db.debts.toArray(),
    ]);
    return { entries, contexts, debts: debts.map((d) => ({ id: d.id, creditorType: d.creditorType })) };
  });
}

export async function runConductCheck(db: ShoreDb): Promise<LogCheck> {
  const data = await readConductCheckData(db);
  return checkLog(data.entries, data.contexts, data.debts);
}

/** The tables whose changes change the findings. */
export const CONDUCT_CHECK_TABLES = ['contacts', 'conductContexts', 'debts'] as const;
