// @vitest-environment node
/**
 * One fixture per released backup schema version (tests/fixtures/backup-vN.json), written
 * by hand, never by the exporter. Each must import into today's database, and for each the
 * two migration paths must agree: the database upgrade (open at N, seed, reopen at latest)
 * and the backup import (migrateRows on the file's rows).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBackup } from '../../../src/storage/backup/import/load-backup';
import { prepareBackup } from '../../../src/storage/backup/import/prepare-backup';
import { decodeValue, type Json } from '../../../src/storage/backup/value-codec';
import { ShoreDb } from '../../../src/storage/db';
import { RECORD_SCHEMAS } from '../../../src/storage/record-schemas';
import { importFile } from '../../../src/testing/backup-helpers';
import { canonicalJson } from '../../../src/testing/storage-dump';
import { freshDb } from '../../../src/testing/test-db';

const dir = new URL('../../fixtures/', import.meta.url);
const fixtures = readdirSync(dir)
  .map((name) => /^backup-v(\d+)\.json$/.exec(name))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ name: m[0], version: Number(m[1]), text: readFileSync(new URL(m[0], dir), 'utf8') }));

describe('backup fixtures', () => {
  it('include one for each released schema version (1 to 5 so far)', () => {
    expect(fixtures.map((f) => f.version)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5]));
  });

  it.each(fixtures)('$name says it is schema version $version', ({ text, version }) => {
    expect((JSON.parse(text) as { schemaVersion: number }).schemaVersion).toBe(version);
  });

  it.each(fixtures)('$name imports into the latest database', async ({ text }) => {
    const db = await freshDb();
    const outcome = await importFile(db, new Blob([text]));
    expect(outcome.ok).toBe(true);
    expect(await db.debts.count()).toBeGreaterThan(0);
    await db.delete();
  });

  it.each(fixtures)('$name: database upgrade and backup migration give the same rows', async ({ text, version }) => {
    const file = JSON.parse(text) as { data: Record<string, Json[]> };
    const name = `t-${crypto.randomUUID()}`;
    const old = new ShoreDb(name, version);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(file.data)) {
        const decoded = rows.map((r) => decodeValue(r) as Record<string, unknown>);
        await old
          .table(table)
          .bulkPut(table === 'settings' ? decoded.filter((r) => !String(r.key).startsWith('device.')) : decoded);
      }
    });
    old.close();

    const upgraded = new ShoreDb(name);
    await upgraded.open();
    const prepared = prepareBackup(JSON.parse(text));
    if (!prepared.ok) throw new Error(`fixture refused: ${prepared.failure.reason}`);
    for (const [table, schema] of Object.entries(RECORD_SCHEMAS)) {
      const rows = await upgraded.table(table).toArray();
      const parsed = rows.map((r) => {
        const result = schema.safeParse(r);
        expect(result.success, `${table} row valid after upgrade`).toBe(true);
        return result.data;
      });
      expect(await canonicalJson(parsed)).toBe(await canonicalJson(prepared.value.tables[table] ?? []));
    }
    await upgraded.delete();
  });
});

describe('backup-v1.json', () => {
  const v1 = fixtures.find((f) => f.version === 1)!;

  it('keeps every hand-written value, hostile text included, and ignores device-only keys', async () => {
    const loaded = await loadBackup(new Blob([v1.text]));
    if (loaded.ok !== true) throw new Error('fixture refused');
    const debts = [...loaded.value.tables.debts].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(debts).toHaveLength(2);
    expect(debts[0]).toMatchObject({
      id: '7b0c1c1e-2d8f-4c5e-9a1b-000000000001',
      lender: '示例银行信用卡中心',
      nickname: '工资卡 💳',
      principal: 4800000,
      firstMissedDue: '2026-06-05',
      notes: '<script>alert(1)</script> \u202Eعربي\u202C and a null\u0000byte',
    });
    expect(debts[1]).toMatchObject({
      lender: '另一家银行',
      principal: 1234567,
      creditLimit: null,
      status: 'negotiating',
    });
    expect(loaded.value.tables.settings).toEqual([{ key: 'language', value: 'zh-CN' }]);
    expect(loaded.value.counts).toMatchObject({ debts: 2 });
    expect(loaded.value.exportedAt).toBe('2026-11-20T08:30:00.000Z');
  });
});

describe('backup-v2.json', () => {
  const v2 = fixtures.find((f) => f.version === 2)!;

  it('keeps debts with their v2 fields and every kind of event', async () => {
    const loaded = await loadBackup(new Blob([v2.text]));
    if (loaded.ok !== true)
      throw new Error(`fixture refused: ${loaded.ok === false ? loaded.failure.reason : 'secret'}`);
    const debts = loaded.value.tables.debts;
    expect(debts.find((d) => d.lender === '示例消费金融公司')).toMatchObject({
      creditorType: 'consumer-finance',
      amountsAsOf: '2026-11-20',
      nickname: '\u202E反向文字\u202C 🧾',
      notes: '"><svg/onload=alert(1)>',
    });
    expect(debts.find((d) => d.lender === '另一家银行')).toMatchObject({ status: 'settled', settledOn: '2026-06-30' });
    const events = loaded.value.tables.debtEvents;
    expect(events.map((e) => e.type).sort()).toEqual(['acknowledgement', 'collection-notice', 'legal', 'payment']);
    expect(events.find((e) => e.type === 'acknowledgement')).toMatchObject({
      note: 'null\u0000byte',
      lastInstalmentDue: '2028-10-31',
    });
    expect(loaded.value.counts).toMatchObject({ debts: 2, debtEvents: 4 });
  });
});

describe('backup-v3.json', () => {
  const v3 = fixtures.find((f) => f.version === 3)!;

  it('brings back the contact log, its attachment bytes and the conduct context', async () => {
    const loaded = await loadBackup(new Blob([v3.text]));
    if (loaded.ok !== true)
      throw new Error(`fixture refused: ${loaded.ok === false ? loaded.failure.reason : 'secret'}`);
    const { contacts, attachments, conductContexts } = loaded.value.tables;
    expect(contacts.find((c) => c.channel === 'call-unanswered')).toMatchObject({
      attempts: 12,
      time: '22:40',
      flags: ['claimed-authority', 'exaggerated'],
      quote: '"今晚不还就上门" <img src=x onerror=alert(1)>',
    });
    const photo = attachments[0] as { data: ArrayBuffer; size: number; name: string };
    expect(photo.data).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(photo.data)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(photo.name).toBe('截图_1103.png');
    expect(conductContexts[0]).toMatchObject({ outsourcingNotice: 'no', agreement: { keptUp: true } });
    expect(loaded.value.counts).toMatchObject({
      debts: 2,
      debtEvents: 4,
      contacts: 2,
      attachments: 1,
      conductContexts: 1,
    });
  });
});

describe('backup-v4.json', () => {
  const v4 = fixtures.find((f) => f.version === 4)!;

  it('brings back the budget, the plan, an agreement with its payment, a saved letter and a draft', async () => {
    const loaded = await loadBackup(new Blob([v4.text]));
    if (loaded.ok !== true)
      throw new Error(`fixture refused: ${loaded.ok === false ? loaded.failure.reason : 'secret'}`);
    const { budgetLines, plans, agreements, letters } = loaded.value.tables;
    expect(budgetLines.find((l) => l.category === 'food')).toMatchObject({
      amount: 30000,
      frequency: 'week',
      reason: '一家三口 <b>不是粗体</b>',
    });
    expect(budgetLines.find((l) => l.category === 'medical')?.reason).toBe('母亲的药\u0000费');
    expect(plans).toEqual([
      expect.objectContaining({ id: 'current', offer: 120000, split: 'pro-rata', firstDue: '2027-01-10' }),
    ]);
    expect(agreements[0]).toMatchObject({
      months: 60,
      note: '口头确认 \u202E注意\u202C',
      payments: [expect.objectContaining({ date: '2027-01-09', amount: 80000 })],
    });
    const saved = letters.find((l) => l.status === 'saved') as {
      templateId: string;
      templateVersion: number;
      input: { hardshipFacts: string };
      document: { title: string };
    };
    expect(saved).toMatchObject({ templateId: 'hardship-application', templateVersion: 1 });
    expect(saved.input.hardshipFacts).toBe('失业三个月 <script>alert(1)</script>');
    expect(saved.document.title).toBe('个性化分期还款申请书');
    expect(letters.filter((l) => l.status === 'draft')).toHaveLength(1);
    expect(loaded.value.counts).toMatchObject({ budgetLines: 3, plans: 1, agreements: 1, letters: 2, contacts: 2 });
  });
});

describe('backup-v5.json', () => {
  const v5 = fixtures.find((f) => f.version === 5)!;

  it('brings back a loan with its contract number and the card fields kept in its notes', async () => {
    const loaded = await loadBackup(new Blob([v5.text]));
    if (loaded.ok !== true)
      throw new Error(`fixture refused: ${loaded.ok === false ? loaded.failure.reason : 'secret'}`);
    const { debts } = loaded.value.tables;
    expect(debts.find((d) => d.creditorType === 'online-lender')).toMatchObject({
      lender: '示例小额贷款有限公司',
      loanNumber: 'JK-2026-000123',
      last4: '',
      creditLimit: null,
      notes: '（以前按信用卡记录的：卡号后四位 5678，信用额度 10000.00 元）',
    });
    expect(debts.find((d) => d.creditorType === 'consumer-finance')?.loanNumber).toBe('XF20260301-0042 <b>合同</b>');
    expect(debts.find((d) => d.creditorType === 'card-overdraft')).toMatchObject({ last4: '4321', loanNumber: '' });
    expect(loaded.value.counts).toMatchObject({ debts: 3, letters: 2, contacts: 2 });
  });
});

describe('an old backup with a loan recorded in card terms', () => {
  it('imports a v4 online loan with its card digits and limit moved into the notes', async () => {
    const v4 = JSON.parse(fixtures.find((f) => f.version === 4)!.text) as {
      data: { debts: Record<string, unknown>[] };
    };
    v4.data.debts.push({
      ...v4.data.debts[0],
      id: '5d1f0b7e-8c1a-4b7e-9f00-00000000000a',
      lender: '某某网贷',
      creditorType: 'online-lender',
      last4: '9876',
      creditLimit: 2_000_000,
      notes: '从 App 借的',
    });
    const db = await freshDb();
    const outcome = await importFile(db, new Blob([JSON.stringify(v4)]));
    expect(outcome.ok).toBe(true);
    expect(await db.debts.get('5d1f0b7e-8c1a-4b7e-9f00-00000000000a')).toMatchObject({
      lender: '某某网贷',
      last4: '',
      creditLimit: null,
      loanNumber: '',
      notes: '从 App 借的\n（以前按信用卡记录的：卡号后四位 9876，信用额度 20000.00 元）',
    });
    // The card in the same file keeps its digits.
    expect(await db.debts.get('5d1f0b7e-8c1a-4b7e-9f00-000000000002')).toMatchObject({ last4: '4321', loanNumber: '' });
    await db.delete();
  });
});
