/**
 * The repayment plan's settings (`plans`, one row 'current') and the agreements the bank
 * accepted (`agreements`), each with the instalment payments the user recorded. Every write
 * validates the whole record and writes it in one transaction.
 */
import {
  agreementFieldsSchema,
  hardshipPlanSettingsSchema,
  paymentSchema,
} from '../../domain/hardship-plan/hardship-plan-schemas';
import type { Payment } from '../../domain/hardship-plan/agreement';
import { getDb } from '../db';
import { readable, readableOne } from '../record-health';
import type { AgreementFields, AgreementRow, HardshipPlanSettings } from '../hardship-plan-rows';
import { StorageError } from '../storage-error';
import { rememberDeletions } from '../record-writes/deletions';

const CURRENT = 'current';

export const DEFAULT_HARDSHIP_PLAN_SETTINGS: HardshipPlanSettings = {
  offer: null,
  split: 'pro-rata',
  custom: {},
  basis: 'principal',
  firstDue: null,
};

export async function getHardshipPlanSettings(): Promise<HardshipPlanSettings> {
  const row = await getDb().plans.get(CURRENT);
  if (!row) return DEFAULT_HARDSHIP_PLAN_SETTINGS;
  const { offer, split, custom, basis, firstDue } = row;
  return { offer, split, custom, basis, firstDue };
}

export async function saveHardshipPlanSettings(settings: HardshipPlanSettings, now = new Date()): Promise<void> {
  if (!hardshipPlanSettingsSchema.safeParse(settings).success) throw new StorageError('invalid-record');
  await getDb().plans.put({ ...settings, id: CURRENT, updatedAt: now.toISOString() });
}

function checkedAgreement(fields: AgreementFields): AgreementFields {
  if (!agreementFieldsSchema.safeParse(fields).success) throw new StorageError('invalid-record');
  if (fields.lastInstalment > fields.monthly) throw new StorageError('invalid-record');
  return fields;
}

export async function addAgreement(fields: AgreementFields, now = new Date()): Promise<string> {
  const clean = checkedAgreement(fields);
  const id = crypto.randomUUID();
  const stamp = now.toISOString();
  await getDb().agreements.add({ ...clean, id, createdAt: stamp, updatedAt: stamp });
  return id;
}

// Reads leave damaged rows out (record-health.ts): the backup page lists them.
export async function getAgreement(id: string): Promise<AgreementRow | undefined> {
  return readableOne('agreements', await getDb().agreements.get(id));
}

export async function listAgreements(): Promise<AgreementRow[]> {
  return readable('agreements', await getDb().agreements.orderBy('debtId').toArray());
}

export async function deleteAgreement(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.agreements, db.deletions, async () => {
    if (!(await db.agreements.get(id))) return;
    await db.agreements.delete(id);
    await rememberDeletions(db.deletions, 'agreements', [id]);
  });
}

async function changePayments(id: string, change: (p: Payment[]) => Payment[], now: Date): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.agreements, async () => {
    const existing = await db.agreements.get(id);
    if (!existing) throw new StorageError('not-found');
    const next = { ...existing, payments: change(existing.payments), updatedAt: now.toISOString() };
    checkedAgreement(next);
    await db.agreements.put(next);
  });
}

export async function addPayment(agreementId: string, payment: Omit<Payment, 'id'>, now = new Date()): Promise<void> {
  const full: Payment = { ...payment, id: crypto.randomUUID() };
  if (!paymentSchema.safeParse(full).success) throw new StorageError('invalid-record');
  await changePayments(
    agreementId,
    (p) => [...p, full].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    now,
  );
}

export async function removePayment(agreementId: string, paymentId: string, now = new Date()): Promise<void> {
  await changePayments(agreementId, (p) => p.filter((x) => x.id !== paymentId), now);
}
