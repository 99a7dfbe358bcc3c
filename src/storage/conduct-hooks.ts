/**
 * Live queries for the conduct screens. Each returns `null` while loading and `undefined` when
 * a record does not exist (see hooks.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AttachmentMeta } from '../domain/conduct/attachment';
import type { ConductContext, ContactEntry } from '../domain/conduct/contact';
import { listConductContexts } from './repos/conduct-context-repo';
import {
  countContacts,
  getContact,
  listAttachments,
  listAttachmentsFor,
  listContactsPage,
  readConductData,
} from './repos/contacts-repo';

/** The newest `limit` contacts. The list grows `limit` as the person scrolls. */
export function useContactsPage(limit: number): ContactEntry[] | null {
  return useLiveQuery(() => listContactsPage(limit), [limit], null);
}

export function useContactCount(): number | null {
  return useLiveQuery(() => countContacts(), [], null);
}

export function useContact(id: string): ContactEntry | undefined | null {
  return useLiveQuery(() => getContact(id), [id], null);
}

export function useAttachments(entryId: string): AttachmentMeta[] | null {
  return useLiveQuery(() => listAttachments(entryId), [entryId], null);
}

/** Everything the rule check needs, read together so findings never mix two states. */
export function useConductData(): { entries: ContactEntry[]; contexts: ConductContext[] } | null {
  return useLiveQuery(() => readConductData(), [], null);
}

export function useConductContexts(): ConductContext[] | null {
  return useLiveQuery(() => listConductContexts(), [], null);
}

/** Attachments of several contacts, without bytes (complaint packet). */
export function useAttachmentsFor(entryIds: readonly string[]): AttachmentMeta[] | null {
  const key = entryIds.join(',');
  return useLiveQuery(() => listAttachmentsFor(key === '' ? [] : key.split(',')), [key], null);
}
