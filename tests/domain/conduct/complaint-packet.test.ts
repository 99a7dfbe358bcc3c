import { describe, expect, it } from 'vitest';
import type { AttachmentMeta } from '../../../src/domain/conduct/attachment';
import { checkCollectorConduct } from '../../../src/domain/conduct/check-collector-conduct';
import {
  buildComplaintPacket,
  combinePacket,
} from '../../../src/domain/conduct/complaint-packet/build-complaint-packet';
import { findingsForDebt } from '../../../src/domain/conduct/complaint-packet/findings-for-debt';
import { type ComplaintPacketInput } from '../../../src/domain/conduct/complaint-packet/packet-types';
import { formatZhDate } from '../../../src/domain/conduct/complaint-packet/wording-zh';
import { DEFAULT_CONDUCT_CONTEXT, localTime, type ContactEntry } from '../../../src/domain/conduct/contact';
import { isoDate } from '../../../src/domain/dates';
import type { PrintableDocument } from '../../../src/domain/document';
import { findSource } from '../../../src/domain/legal/sources/index';
import { makeContactEntry } from '../../../src/testing/factories';

const entry = (id: string, over: Partial<ContactEntry>): ContactEntry =>
  makeContactEntry({ id, debtId: 'd1', channel: 'call-unanswered', ...over });

const log: ContactEntry[] = [
  entry('a', { time: localTime('09:00'), attempts: 5 }),
  entry('b', { time: localTime('22:10') }),
  entry('c', { time: localTime('22:40') }),
  entry('m', {
    time: localTime('15:00'),
    channel: 'sms',
    party: 'family',
    partyName: '妈妈',
    toNumber: '13700000000',
    flags: ['told-someone-else'],
    quote: '你儿子欠我们三万二',
  }),
  entry('t', {
    date: isoDate('2026-03-05'),
    time: localTime('11:00'),
    channel: 'call-answered',
    agency: '某某资产管理公司',
    collectorName: '工号 1024',
    flags: ['threatened', 'no-identification'],
    quote: '不还钱明天就去你单位',
  }),
  entry('other-debt', { debtId: 'd2', time: localTime('23:00') }),
];

const file: AttachmentMeta = {
  id: 'f1',
  entryId: 't',
  name: '录音_0305.m4a',
  mimeType: 'audio/mp4',
  size: 3,
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  addedAt: '2026-03-05T03:05:00.000Z',
};

const allFindings = checkCollectorConduct(log, [{ ...DEFAULT_CONDUCT_CONTEXT, debtId: 'd1' }]);

const input = (over: Partial<ComplaintPacketInput> = {}): ComplaintPacketInput => ({
  today: isoDate('2026-03-06'),
  creditorName: '示例银行信用卡中心',
  creditorType: 'bank',
  cardLast4: '6789',
  complainantName: '王小明',
  complainantPhone: '13800000000',
  findings: findingsForDebt(allFindings, 'd1'),
  entries: log,
  attachments: [file],
  creditRecordIssue: '',
  findSource,
  ...over,
});

const text = (d: PrintableDocument): string =>
  [
    d.title,
    ...d.blocks.map((b) => {
      switch (b.kind) {
        case 'addressee':
        case 'heading':
        case 'paragraph':
          return b.text;
        case 'list':
          return b.items.join('\n');
        case 'table':
          return [b.columns.join('|'), ...b.rows.map((r) => r.join('|'))].join('\n');
        case 'signature':
          return b.lines.map((l) => l.label + l.value).join('\n');
        case 'page-break':
          return '';
      }
    }),
  ].join('\n');

describe('findingsForDebt', () => {
  it('keeps only the chosen creditor’s occurrences and entries', () => {
    const night = allFindings.find((f) => f.ruleId === 'night-contact')!;
    expect(night.entryIds).toContain('other-debt');
    const d1 = findingsForDebt(allFindings, 'd1');
    expect(d1.find((f) => f.ruleId === 'night-contact')!.entryIds).toEqual(['b', 'c']);
    expect(findingsForDebt(allFindings, 'd2').map((f) => f.ruleId)).toEqual(['night-contact']);
    expect(findingsForDebt(allFindings, 'nope')).toEqual([]);
  });
});

describe('buildComplaintPacket', () => {
  it('puts the parts in escalation order, 110 only for conduct a law covers', () => {
    expect(buildComplaintPacket(input()).parts.map((p) => p.kind)).toEqual([
      'summary',
      'evidence',
      'letter-creditor',
      'letter-12378',
      'letter-110',
    ]);
    const noThreat = findingsForDebt(allFindings, 'd1').filter((f) => f.ruleId !== 'threat');
    expect(buildComplaintPacket(input({ findings: noThreat })).parts.map((p) => p.kind)).toEqual([
      'summary',
      'evidence',
      'letter-creditor',
      'letter-12378',
    ]);
    expect(
      buildComplaintPacket(input({ creditRecordIssue: '已还清的 3 月仍显示逾期' })).parts.map((p) => p.kind),
    ).toEqual(['summary', 'evidence', 'letter-creditor', 'letter-12378', 'letter-12363', 'letter-110']);
  });

  it('writes a dated summary from the log: counts per number and day, night calls, who was told', () => {
    const summary = text(buildComplaintPacket(input()).parts[0].document);
    expect(summary).toContain('制作日期为2026年3月6日');
    expect(summary).toContain('记录时间为2026年3月3日至2026年3月5日');
    expect(summary).toContain(
      '2026年3月3日，号码 021-12345678 向本人号码 13800000000 拨打未接通电话共 7 次（其中 2 次在 22:00 至次日 8:00 之间）。（见证据 1、3、4）',
    );
    expect(summary).toContain(
      '2026年3月3日 15:00，以短信联系了家人（妈妈），并告知了本人的欠款情况。记录原话：“你儿子欠我们三万二”。（见证据 2）',
    );
    expect(summary).toContain(
      '某某资产管理公司 工号 1024 以电话（已接通）联系本人：威胁、恐吓。记录原话：“不还钱明天就去你单位”',
    );
    expect(summary).toContain('原文为“不宜”，属建议性要求');
    expect(summary).toContain(
      '《中华人民共和国治安管理处罚法》（2025年修订）第五十条第一款第（一）项（法律，2026年1月1日起施行）',
    );
    expect(summary).not.toContain('other');
  });

  it('names a single day once', () => {
    const oneDay = findingsForDebt(allFindings, 'd1').filter((f) => f.ruleId === 'night-contact');
    const summary = text(buildComplaintPacket(input({ findings: oneDay })).parts[0].document);
    expect(summary).toContain('记录时间为2026年3月3日，');
    const letter = text(buildComplaintPacket(input({ findings: oneDay })).parts[2].document);
    expect(letter).toContain('就2026年3月3日贵行或贵行委托的机构');
    expect(letter).not.toContain('期间');
    const span = text(buildComplaintPacket(input()).parts[2].document);
    expect(span).toContain('就2026年3月3日至2026年3月5日期间贵行');
  });

  it('lists the evidence with attachment hashes', () => {
    const evidence = buildComplaintPacket(input()).parts[1].document;
    const tables = evidence.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(2);
    expect(tables[0].kind === 'table' && tables[0].rows.map((r) => r[0] + ' ' + r[1])).toEqual([
      '1 2026-03-03 09:00',
      '2 2026-03-03 15:00',
      '3 2026-03-03 22:10',
      '4 2026-03-03 22:40',
      '5 2026-03-05 11:00',
    ]);
    expect(tables[0].kind === 'table' && tables[0].rows[0][2]).toBe('电话（未接通）×5 / 本人');
    expect(tables[1].kind === 'table' && tables[1].rows).toEqual([
      ['5', '录音_0305.m4a', '2026-03-05 03:05', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ]);
  });

  it('asks the bank for clear steps and a reply within 15 days (Art.18)', () => {
    const letter = text(buildComplaintPacket(input()).parts[2].document);
    expect(letter).toContain('示例银行信用卡中心客户投诉部门：');
    expect(letter).toContain('本人是贵行客户（卡号末四位 6789）');
    expect(letter).toContain('立即停止联系本人的家人、同事、朋友等第三人');
    expect(letter).toContain('不在每日 22:00 至次日 8:00 之间联系本人');
    expect(letter).toContain('书面告知受托催收机构的名称');
    expect(letter).toContain('《银行业保险业消费投诉处理管理办法》第十八条，自收到本投诉之日起 15 日内');
    expect(letter).toContain('投诉人（签名）：王小明');
  });

  it('addresses an online lender as 贵公司 and does not cite the banks’ complaint measures', () => {
    const letter = text(buildComplaintPacket(input({ creditorType: 'online-lender' })).parts[2].document);
    expect(letter).toContain('本人是贵公司客户');
    expect(letter).not.toContain('贵行');
    expect(letter).not.toContain('第十八条');
  });

  it('names a loan by its loan number, never by card digits, in every part', () => {
    const packet = buildComplaintPacket(
      input({
        findings: findingsForDebt(
          checkCollectorConduct(log, [{ ...DEFAULT_CONDUCT_CONTEXT, debtId: 'd1', creditorType: 'online-lender' }]),
          'd1',
        ),
        creditorName: '示例网络小额贷款有限公司',
        creditorType: 'online-lender',
        cardLast4: '',
        loanNumber: 'JK-2025-01',
      }),
    );
    const all = packet.parts.map((p) => text(p.document)).join('\n');
    expect(text(packet.parts[0].document)).toContain('（借款合同编号或借据号 JK-2025-01）');
    expect(text(packet.parts[2].document)).toContain('（借款合同编号或借据号 JK-2025-01）');
    for (const word of ['卡号', '信用卡', '贵行', '第七十条']) expect(all, word).not.toContain(word);
    // A card keeps its digits.
    expect(text(buildComplaintPacket(input()).parts[0].document)).toContain('（卡号末四位 6789）');
  });

  it('leaves out the offer to negotiate when told to (limitation period may have expired)', () => {
    const withOffer = text(buildComplaintPacket(input()).parts[2].document);
    expect(withOffer).toContain('本人愿意就欠款与贵行协商解决，但以下催收方式');
    const without = text(buildComplaintPacket(input({ offerToNegotiate: false })).parts[2].document);
    expect(without).not.toContain('愿意');
    expect(without).toContain('提出以下投诉。以下催收方式给本人和家人造成了困扰。');
  });

  it('speaks of the creditor by name to the regulator, never as 贵行', () => {
    const parts = buildComplaintPacket(input()).parts;
    const regulator = text(parts.find((p) => p.kind === 'letter-12378')!.document);
    expect(regulator).not.toContain('贵行');
    expect(regulator).toContain('情况复杂的可延长至 30 日');
    expect(text(parts[0].document)).not.toContain('贵行');
  });

  it('dates each instrument by its own effective day: the 民法典 from 2021-01-01', () => {
    const summary = text(buildComplaintPacket(input()).parts[0].document);
    expect(summary).toContain(
      '《中华人民共和国民法典》第一千零三十二条、第一千零三十四条、第一千零三十八条（法律，2021年1月1日起施行）',
    );
    expect(summary).toContain('《中华人民共和国个人信息保护法》第十条、第二十三条（法律，2021年11月1日起施行）');
    expect(summary).not.toMatch(/民法典[^；]*2021年11月1日/);
  });

  it('tells the police only what a law covers, and leaves blanks for what the app does not know', () => {
    const packet = buildComplaintPacket(input({ complainantName: '', complainantPhone: '' }));
    const police = text(packet.parts.at(-1)!.document);
    expect(police).toContain('报警情况说明');
    expect(police).toContain('威胁、恐吓');
    expect(police).toContain('第五十条第一款第（一）项');
    expect(police).not.toContain('中国银行业协会');
    expect(police).not.toContain('未表明身份');
    expect(police).toContain('报警人（签名）：____________');
  });

  it('asks for a 禁止接触 order only for harassment under the 2025 law', () => {
    const harassment = checkCollectorConduct([entry('h', { flags: ['pestered'], date: isoDate('2026-02-01') })]);
    const police = buildComplaintPacket(
      input({ findings: harassment, entries: [entry('h', { flags: ['pestered'], date: isoDate('2026-02-01') })] }),
    ).parts.at(-1)!;
    expect(police.kind).toBe('letter-110');
    expect(text(police.document)).toContain('第五十条第二款');
    const old = [entry('h', { flags: ['pestered'], date: isoDate('2025-11-01') })];
    const police2012 = buildComplaintPacket(input({ findings: checkCollectorConduct(old), entries: old })).parts.at(
      -1,
    )!;
    expect(text(police2012.document)).not.toContain('禁止接触');
    expect(text(police2012.document)).toContain('（2012年修正）第四十二条第（五）项');
  });

  it('never states a verdict, a 21:00 rule or 催收非法债务罪', () => {
    const all = combinePacket(buildComplaintPacket(input({ creditRecordIssue: '记录有误' })));
    const t = text(all);
    expect(t).not.toMatch(/违法|犯罪|21:00|二十一点|293条之一|第二百九十三条之一/);
    expect(t).toContain('可能不符合');
  });

  it('combines the parts for printing, one part per page', () => {
    const packet = buildComplaintPacket(input());
    const all = combinePacket(packet);
    expect(all.title).toBe('催收投诉材料');
    expect(all.blocks.filter((b) => b.kind === 'page-break')).toHaveLength(packet.parts.length - 1);
    expect(
      all.blocks.filter((b) => b.kind === 'heading' && packet.parts.some((p) => p.document.title === b.text)).length,
    ).toBeGreaterThanOrEqual(packet.parts.length);
  });
});

describe('formatZhDate', () => {
  it.each([
    ['2026-03-03', '2026年3月3日'],
    ['2025-12-31', '2025年12月31日'],
  ])('%s → %s', (iso, zh) => {
    expect(formatZhDate(isoDate(iso))).toBe(zh);
  });
});
