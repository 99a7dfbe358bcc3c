/**
 * The contact log (催收记录) and its attachments, in the `contacts` and `attachments` tables.
 *
 * Every write validates the whole record first and writes in one transaction, so a contact is
 * never saved without its files or half-deleted. Files are read and hashed (SHA-256, Web
 * Crypto) before the transaction opens: IndexedDB commits a transaction as soon as it waits
 * on anything that is not IndexedDB, so no other promise may be awaited inside it.
 */
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_ENTRY, type AttachmentMeta } from '../../domain/conduct/attachment';
import type { ContactEntry, ContactEntryFields } from '../../domain/conduct/contact';
import { contactEntryFieldsSchema } from '../../domain/conduct/contact-schema';
import { sha256Hex } from '../../lib/sha256';
import { getDb, type AttachmentRow } from '../db';
import { attachmentRowSchema } from '../record-schemas';
import { readable, readableOne } from '../record-health';
import { StorageError } from '../storage-error';
import { forgetDeletions, rememberDeletions } from '../record-writes/deletions';

/** What the picker hands over: a File, or any Blob with a name. */
export interface AttachmentInput {
  name: string;
  type: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A deleted contact with its files, so the UI can offer undo. */
export interface RemovedContact {
  entry: ContactEntry;
  attachments: AttachmentRow[];
}

function checked(fields: ContactEntryFields): ContactEntryFields {
  const result = contactEntryFieldsSchema.safeParse(fields);
  if (!result.success) throw new StorageError('invalid-record');
  return result.data;
}

async function prepare(entryId: string, files: readonly AttachmentInput[], now: Date): Promise<AttachmentRow[]> {
  const rows: AttachmentRow[] = [];
  for (const [i, file] of files.entries()) {
    // One millisecond apart, so files picked together keep their order when sorted by time.
    const addedAt = new Date(now.getTime() + i).toISOString();
    if (file.size > MAX_ATTACHMENT_BYTES) throw new StorageError('invalid-record');
    const data = await file.arrayBuffer();
    const row: AttachmentRow = {
      id: crypto.randomUUID(),
      entryId,
      name: file.name.slice(0, 255),
      mimeType: file.type.slice(0, 255),
      size: data.byteLength,
      sha256: await sha256Hex(data),
      addedAt,
      data,
    };
    if (!attachmentRowSchema.safeParse(row).success) throw new StorageError('invalid-record');
    rows.push(row);
  }
  return rows;
}

/** Save a new contact with its files. Returns the new id. */
export async function addContact(
  fields: ContactEntryFields,
  files: readonly AttachmentInput[] = [],
  now = new Date(),
): Promise<string> {
  const clean = checked(fields);
  if (files.length > MAX_ATTACHMENTS_PER_ENTRY) throw new StorageError('invalid-record');
  const id = crypto.randomUUID();
  const rows = await prepare(id, files, now);
  const stamp = now.toISOString();
  const db = getDb();
  await db.transaction('rw', db.contacts, db.attachments, async () => {
    await db.contacts.add({ ...clean, id, createdAt: stamp, updatedAt: stamp });
    if (rows.length > 0) await db.attachments.bulkAdd(rows);
  });
  return id;
}

/** Save edited fields; `openedAt` works as in updateDebt (debts-repo.ts): a save over a newer copy is refused. */
export async function updateContact(
  id: string,
  fields: ContactEntryFields,
  now = new Date(),
  openedAt?: string,
): Promise<void> {
  const clean = checked(fields);
  const db = getDb();
  await db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(id);
    if (!existing) throw new StorageError('not-found');
    if (openedAt !== undefined && existing.updatedAt !== openedAt) throw new StorageError('stale');
    await db.contacts.put({ ...existing, ...clean, id, updatedAt: now.toISOString() });
  });
}

// Reads leave damaged rows out (record-health.ts): the backup page lists them.
export async function getContact(id: string): Promise<ContactEntry | undefined> {
  return readableOne('contacts', await getDb().contacts.get(id));
}

/** Newest first, `limit` entries from `offset` (the list pages through 10,000+ entries). */
export async function listContactsPage(limit: number, offset = 0): Promise<ContactEntry[]> {
  return readable(
    'contacts',
    await getDb().contacts.orderBy('[date+time]').reverse().offset(offset).limit(limit).toArray(),
  );
}

export function countContacts(): Promise<number> {
  return getDb().contacts.count();
}

/** Several contacts by id; ids without a contact are left out. */
export async function listContactsByIds(ids: readonly string[]): Promise<ContactEntry[]> {
  const rows = await getDb().contacts.bulkGet([...ids]);
  return readable(
    'contacts',
    rows.filter((row): row is ContactEntry => row !== undefined),
  );
}

/** Delete a contact and its files together; returns them for undo. */
export async function deleteContact(id: string): Promise<RemovedContact | undefined> {
  const db = getDb();
  return db.transaction('rw', db.contacts, db.attachments, db.deletions, async () => {
    const entry = await db.contacts.get(id);
    if (!entry) return undefined;
    const attachments = await db.attachments.where('entryId').equals(id).toArray();
    await db.attachments.where('entryId').equals(id).delete();
    await db.contacts.delete(id);
    await rememberDeletions(db.deletions, 'contacts', [id]);
    await rememberDeletions(
      db.deletions,
      'attachments',
      attachments.map((a) => a.id),
    );
    return { entry, attachments };
  });
}

/** Put a deleted contact and its files back exactly as they were (undo). */
export async function restoreContact(removed: RemovedContact): Promise<void> {
  checked(removed.entry);
  for (const a of removed.attachments) {
    if (a.entryId !== removed.entry.id || !attachmentRowSchema.safeParse(a).success)
      throw new StorageError('invalid-record');
  }
  const db = getDb();
  await db.transaction('rw', db.contacts, db.attachments, db.deletions, async () => {
    await db.contacts.put(removed.entry);
    if (removed.attachments.length > 0) await db.attachments.bulkPut(removed.attachments);
    await forgetDeletions(db.deletions, 'contacts', [removed.entry.id]);
    await forgetDeletions(
      db.deletions,
      'attachments',
      removed.attachments.map((a) => a.id),
    );
  });
}

/** Add files to an existing contact. */
export async function addAttachments(
  entryId: string,
  files: readonly AttachmentInput[],
  now = new Date(),
): Promise<string[]> {
  const rows = await prepare(entryId, files, now);
  const db = getDb();
  await db.transaction('rw', db.contacts, db.attachments, async () => {
    if (!(await db.contacts.get(entryId))) throw new StorageError('not-found');
    const existing = await db.attachments.where('entryId').equals(entryId).count();
    if (existing + rows.length > MAX_ATTACHMENTS_PER_ENTRY) throw new StorageError('invalid-record');
    await db.attachments.bulkAdd(rows);
  });
  return rows.map((r) => r.id);
}

export async function deleteAttachment(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.attachments, db.deletions, async () => {
    if (!(await db.attachments.get(id))) return;
    await db.attachments.delete(id);
    await rememberDeletions(db.deletions, 'attachments', [id]);
  });
}

function meta(row: AttachmentRow): AttachmentMeta {
  return {
    id: row.id,
    entryId: row.entryId,
    name: row.name,
    mimeType: row.mimeType,
    size: row.size,
    sha256: row.sha256,
    addedAt: row.addedAt,
  };
}

/** The files of one contact, oldest first, without their bytes. */
export async function listAttachments(entryId: string): Promise<AttachmentMeta[]> {
  const rows = await getDb().attachments.where('entryId').equals(entryId).sortBy('addedAt');
  return readable('attachments', rows).map(meta);
}

/** Files of several contacts (for the complaint packet's evidence list), without bytes. */
export async function listAttachmentsFor(entryIds: readonly string[]): Promise<AttachmentMeta[]> {
  if (entryIds.length === 0) return [];
  const rows = await getDb()
    .attachments.where('entryId')
    .anyOf([...entryIds])
    .toArray();
  return readable('attachments', rows)
    .map(meta)
    .sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : 1));
}

/** The file itself, to view or share. */
export async function getAttachmentBlob(id: string): Promise<Blob | undefined> {
  const row = await getDb().attachments.get(id);
  return row ? new Blob([row.data], { type: row.mimeType }) : undefined;
}
