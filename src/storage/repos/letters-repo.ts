/**
 * Letters: drafts and saved letters in the `letters` table.
 *
 * A draft is the letter builder's state, autosaved as the user types (one draft per letter
 * kind and debt). Saving a letter turns the draft into a saved letter that keeps its
 * template id and version, the input snapshot, and the document exactly as it was printed,
 * so it can be printed again later unchanged.
 */
import type { PrintableDocument } from '../../domain/document';
import type { LetterInput } from '../../domain/letters/letter-input';
import { getDb } from '../db';
import type { LetterRow } from '../letter-rows';
import { letterRowSchema } from '../record-schemas';
import { readable, readableOne } from '../record-health';
import { StorageError } from '../storage-error';
import { rememberDeletions } from '../record-writes/deletions';

function checked(row: LetterRow): LetterRow {
  if (!letterRowSchema.safeParse(row).success) throw new StorageError('invalid-record');
  return row;
}

// Reads leave damaged rows out (record-health.ts): the backup page lists them.
export async function getLetter(id: string): Promise<LetterRow | undefined> {
  return readableOne('letters', await getDb().letters.get(id));
}

export async function listSavedLetters(): Promise<LetterRow[]> {
  const rows = readable('letters', await getDb().letters.where('status').equals('saved').toArray());
  return rows.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** The draft for one letter kind and debt, if the user started one. */
export async function findDraft(templateId: string, debtId: string | null): Promise<LetterRow | undefined> {
  const drafts = readable('letters', await getDb().letters.where('status').equals('draft').toArray());
  return drafts.find((d) => d.templateId === templateId && d.debtId === debtId);
}

export interface DraftFields {
  templateId: string;
  templateVersion: number;
  debtId: string | null;
  input: LetterInput;
}

/** Create or update the draft for this letter kind and debt; returns its id. */
export async function saveDraft(fields: DraftFields, now = new Date()): Promise<string> {
  const db = getDb();
  const stamp = now.toISOString();
  return db.transaction('rw', db.letters, async () => {
    const drafts = await db.letters.where('status').equals('draft').toArray();
    const existing = drafts.find((d) => d.templateId === fields.templateId && d.debtId === fields.debtId);
    const row = checked({
      id: existing?.id ?? crypto.randomUUID(),
      status: 'draft',
      ...fields,
      document: null,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
    });
    await db.letters.put(row);
    return row.id;
  });
}

/** Save a finished letter (with the document as printed) and drop its draft, in one step. */
export async function saveLetter(
  fields: DraftFields & { document: PrintableDocument },
  now = new Date(),
): Promise<string> {
  const db = getDb();
  const stamp = now.toISOString();
  const row = checked({ id: crypto.randomUUID(), status: 'saved', ...fields, createdAt: stamp, updatedAt: stamp });
  if (row.document?.templateId !== fields.templateId || row.document.templateVersion !== fields.templateVersion) {
    throw new StorageError('invalid-record');
  }
  await db.transaction('rw', db.letters, db.deletions, async () => {
    const drafts = await db.letters.where('status').equals('draft').toArray();
    const draft = drafts.find((d) => d.templateId === fields.templateId && d.debtId === fields.debtId);
    if (draft) {
      await db.letters.delete(draft.id);
      await rememberDeletions(db.deletions, 'letters', [draft.id], now);
    }
    await db.letters.add(row);
  });
  return row.id;
}

export async function deleteLetter(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.letters, db.deletions, async () => {
    if (!(await db.letters.get(id))) return;
    await db.letters.delete(id);
    await rememberDeletions(db.deletions, 'letters', [id]);
  });
}
