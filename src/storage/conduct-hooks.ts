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
  listContactsByIds,
  listContactsPage,
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

export function useConductContexts(): ConductContext[] | null {
  return useLiveQuery(() => listConductContexts(), [], null);
}

/** Several contacts by id (the entries a complaint packet cites). */
export function useContactsByIds(entryIds: readonly string[]): ContactEntry[] | null {
  const key = entryIds.join(',');
  return useLiveQuery(() => listContactsByIds(key === '' ? [] : key.split(',')), [key], null);
}

/** Attachments of several contacts, without bytes (complaint packet). */
export function useAttachmentsFor(entryIds: readonly string[]): AttachmentMeta[] | null {
  const key = entryIds.join(',');
  return useLiveQuery(() => listAttachmentsFor(key === '' ? [] : key.split(',')), [key], null);
}
