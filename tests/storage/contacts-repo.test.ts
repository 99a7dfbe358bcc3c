import { beforeEach, describe, expect, it } from 'vitest';
import { localTime, type ContactEntryFields } from '../../src/domain/conduct/contact';
import { isoDate } from '../../src/domain/dates';
import type { ShoreDb } from '../../src/storage/db';
import {
  addAttachments,
  addContact,
  countContacts,
  deleteAttachment,
  deleteContact,
  getAttachmentBlob,
  getContact,
  listAttachments,
  listAttachmentsFor,
  listContactsPage,
  listContactsByIds,
  restoreContact,
  updateContact,
  type AttachmentInput,
} from '../../src/storage/repos/contacts-repo';
import { makeContactFields } from '../../src/testing/factories';
import { freshDb } from '../../src/testing/test-db';

const fields = (over: Partial<ContactEntryFields> = {}): ContactEntryFields =>
  makeContactFields({
    time: localTime('22:15'),
    debtId: 'd1',
    agency: '某某资产管理公司',
    collectorName: '工号 1024',
    flags: ['threatened'],
    quote: '不还钱就去你单位',
    ...over,
  });

/** A file made of known bytes; hashes below are from `printf 'abc' | sha256sum` and the empty string. */
const file = (name: string, text: string, type = 'audio/mp4'): AttachmentInput => {
  const bytes = new TextEncoder().encode(text);
  return { name, type, size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes.buffer.slice(0)) };
};
const SHA_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const SHA_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('contacts repository', () => {
  it('saves a contact with its files, their SHA-256 and the time they were added', async () => {
    const now = new Date('2026-03-03T14:16:00Z');
    const id = await addContact(fields(), [file('录音.m4a', 'abc'), file('空.txt', '', 'text/plain')], now);
    expect(await getContact(id)).toMatchObject({
      id,
      time: '22:15',
      createdAt: now.toISOString(),
      flags: ['threatened'],
    });
    const files = await listAttachments(id);
    expect(files.map((f) => [f.name, f.sha256, f.size, f.addedAt])).toEqual([
      ['录音.m4a', SHA_ABC, 3, now.toISOString()],
      ['空.txt', SHA_EMPTY, 0, '2026-03-03T14:16:00.001Z'],
    ]);
    const blob = await getAttachmentBlob(files[0].id);
    expect(blob?.type).toBe('audio/mp4');
    expect(new TextDecoder().decode(await blob!.arrayBuffer())).toBe('abc');
  });

  it('updates a contact and keeps its creation time', async () => {
    const id = await addContact(fields(), [], new Date('2026-03-03T00:00:00Z'));
    await updateContact(id, fields({ quote: '改过的', flags: [] }), new Date('2026-03-04T00:00:00Z'));
    expect(await getContact(id)).toMatchObject({
      quote: '改过的',
      flags: [],
      createdAt: '2026-03-03T00:00:00.000Z',
      updatedAt: '2026-03-04T00:00:00.000Z',
    });
  });

  it.each<[string, Partial<ContactEntryFields>]>([
    ['an impossible date', { date: '2026-02-30' as never }],
    ['a time past 23:59', { time: '24:00' as never }],
    ['an unknown channel', { channel: 'fax' as never }],
    ['an unknown party', { party: 'neighbour' as never }],
    ['an unknown flag', { flags: ['rude' as never] }],
    ['a repeated flag', { flags: ['threatened', 'threatened'] }],
    ['several attempts on an answered call', { attempts: 3 }],
    ['zero attempts', { channel: 'call-unanswered', attempts: 0 }],
    ['a quote longer than 2,000 characters', { quote: 'x'.repeat(2001) }],
  ])('rejects %s and writes nothing', async (_name, bad) => {
    await expect(addContact(fields(bad), [file('a', 'abc')])).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await db.contacts.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
  });

  it('writes neither the contact nor any file when one file is too large', async () => {
    const huge: AttachmentInput = {
      name: 'big.mp4',
      type: 'video/mp4',
      size: 101 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('not read')),
    };
    await expect(addContact(fields(), [file('ok', 'abc'), huge])).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await db.contacts.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
  });

  it('leaves the stored contact unchanged when an update is invalid, and refuses unknown ids', async () => {
    const id = await addContact(fields());
    const before = await getContact(id);
    await expect(updateContact(id, fields({ time: '7:00' as never }))).rejects.toMatchObject({
      code: 'invalid-record',
    });
    expect(await getContact(id)).toEqual(before);
    await expect(updateContact('missing', fields())).rejects.toMatchObject({ code: 'not-found' });
  });

  it('pages newest first by date and wall-clock time', async () => {
    const mk = (date: string, time: string) => addContact(fields({ date: isoDate(date), time: localTime(time) }));
    const a = await mk('2026-03-03', '08:00');
    const b = await mk('2026-03-03', '22:00');
    const c = await mk('2026-03-04', '00:10');
    const d = await mk('2026-03-02', '23:59');
    expect((await listContactsPage(2)).map((e) => e.id)).toEqual([c, b]);
    expect((await listContactsPage(2, 2)).map((e) => e.id)).toEqual([a, d]);
    expect(await countContacts()).toBe(4);
  });

  it('deletes a contact with its files in one step and restores both (undo)', async () => {
    const id = await addContact(fields(), [file('a.png', 'abc', 'image/png')]);
    const other = await addContact(fields(), [file('b.png', 'abc', 'image/png')]);
    const removed = await deleteContact(id);
    expect(removed?.entry.id).toBe(id);
    expect(removed?.attachments).toHaveLength(1);
    expect(await getContact(id)).toBeUndefined();
    expect(await db.attachments.count()).toBe(1);
    await restoreContact(removed!);
    expect(await getContact(id)).toEqual(removed!.entry);
    expect((await listAttachments(id)).map((f) => f.sha256)).toEqual([SHA_ABC]);
    expect((await listAttachments(other)).length).toBe(1);
    expect(await deleteContact('missing')).toBeUndefined();
  });

  it('adds files to an existing contact, lists them for several contacts, and deletes one', async () => {
    const id = await addContact(fields());
    const [fid] = await addAttachments(id, [file('截图.png', 'abc', 'image/png')], new Date('2026-03-05T00:00:00Z'));
    await expect(addAttachments('missing', [file('x', 'abc')])).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.attachments.count()).toBe(1);
    expect((await listAttachmentsFor([id, 'none'])).map((f) => [f.id, f.addedAt])).toEqual([
      [fid, '2026-03-05T00:00:00.000Z'],
    ]);
    await deleteAttachment(fid);
    expect(await listAttachments(id)).toEqual([]);
  });

  it('refuses more than 20 files on one contact', async () => {
    const id = await addContact(
      fields(),
      Array.from({ length: 20 }, (_, i) => file(`f${i}`, 'abc')),
    );
    await expect(addAttachments(id, [file('one more', 'abc')])).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await db.attachments.count()).toBe(20);
  });

  it('reads several contacts by id, leaving out ids that have none', async () => {
    const a = await addContact(fields());
    const b = await addContact(fields());
    await addContact(fields());
    const rows = await listContactsByIds([b, 'missing', a]);
    expect(rows.map((r) => r.id)).toEqual([b, a]);
  });
});
