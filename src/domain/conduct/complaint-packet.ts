/**
 * The complaint packet (投诉材料): from the findings the person selected, a dated summary, an
 * evidence list with attachment hashes, and letters in escalation order:
 *   1. the creditor's own complaint channel (must answer within 15 days, 投诉处理办法 Art.18);
 *   2. 12378 / the financial regulator, if the creditor does not answer or does not fix it;
 *   3. 12363 / the central bank, only when the person says a credit record is wrong;
 *   4. 110 / the police, only for threats, violence, harassment, impersonation, forged
 *      documents or entering a home.
 *
 * Everything stated is what the person logged, nothing more (投诉处理办法 Art.16: complaints
 * must be truthful). Wording is "可能不符合" (may not comply), never a verdict; a basis marked
 * advisory is described as a benchmark (不宜), and GB/T and association texts by their force.
 * Letters are Chinese domain content (formal 您 / 贵行), not UI strings.
 */
import { assertNever } from '../../lib/assert-never';
import type { DocumentBlock, PrintableDocument } from '../document';
import type { LegalForce, LegalSource } from '../legal/source-types';
import type { IsoDate } from '../types';
import type { AttachmentMeta } from './attachment';
import {
  entryMoment,
  isNightTime,
  type ContactChannel,
  type ContactEntry,
  type ContactFlag,
  type ContactParty,
  type CreditorType,
} from './contact';
import type { ConductFinding, ConductRuleId, FindingBasis } from './rule-types';

export const COMPLAINT_TEMPLATE_VERSION = 1;

export type PacketPartKind =
  'summary' | 'evidence' | 'letter-creditor' | 'letter-12378' | 'letter-12363' | 'letter-110';

export interface PacketPart {
  kind: PacketPartKind;
  document: PrintableDocument;
}

export interface ComplaintPacket {
  parts: PacketPart[];
}

export interface ComplaintPacketInput {
  /** The day the packet is made (shown on every document). */
  today: IsoDate;
  /** Name of the creditor as the person knows it, e.g. 某某银行信用卡中心. */
  creditorName: string;
  /** Banks are addressed as 贵行 and held to the complaint-handling measures; others as 贵公司. */
  creditorType: CreditorType;
  /** Card last 4 digits, '' when not given. */
  cardLast4: string;
  /** The person's name and phone; '' leaves a blank line to fill in by hand. */
  complainantName: string;
  complainantPhone: string;
  /** The findings the person selected (already limited to this creditor). */
  findings: readonly ConductFinding[];
  /** The log entries those findings refer to (others are ignored). */
  entries: readonly ContactEntry[];
  attachments: readonly AttachmentMeta[];
  /** A wrong credit record to raise with 12363, in the person's words; '' for none. */
  creditRecordIssue: string;
  findSource: (id: string) => LegalSource | undefined;
}

// ── Chinese wording for the documents ──────────────────────────────────────────────────

export const RULE_TITLES_ZH: Record<ConductRuleId, string> = {
  'night-contact': '在 22:00 至次日 8:00 之间催收',
  'unanswered-attempts-per-day': '同一号码一天内未接通仍反复拨打超过 6 次',
  'connected-calls-per-day': '一天内接通的催收电话超过 3 次',
  'third-party-collection': '向与债务无关的第三人催收',
  'third-party-disclosure': '向他人透露本人的债务信息',
  'third-party-contact-while-reachable': '本人可以联系时仍联系第三人',
  'contact-after-refusal': '第三人明确拒绝后仍继续联系',
  threat: '威胁、恐吓',
  insult: '辱骂、侮辱',
  violence: '暴力或限制人身自由',
  harassment: '滋扰、纠缠、跟踪',
  'impersonating-authority': '冒充公安、法院或政府等机关工作人员',
  'fake-legal-document': '以机关名义发送文书或使用虚假文书',
  'public-notice': '公开本人的债务信息',
  'no-identification': '未表明身份和所属机构',
  'outsourcing-not-notified': '委托外部机构催收前未告知本人',
  'personal-account-demand': '要求把钱转入个人账户',
  'extra-fees': '以催收名义收取额外费用',
  'induce-new-borrowing': '诱导或逼迫借新还旧',
  'home-visit-rules': '上门催收不足两人或未出示证件',
  'home-intrusion': '未经同意进入住宅或办公区域',
  'private-phone-or-social-app': '外部催收机构使用私人手机或社交软件联系',
  'collection-during-agreement': '个性化分期还款协议履行期间仍在催收',
  'exaggerated-consequences': '虚构或夸大事实、后果',
};

const CHANNEL_ZH: Record<ContactChannel, string> = {
  'call-answered': '电话(已接通)',
  'call-unanswered': '电话(未接通)',
  sms: '短信',
  'app-message': 'App 或微信消息',
  letter: '信件',
  'home-visit': '上门(住所)',
  'workplace-visit': '上门(单位)',
  other: '其他方式',
};

const PARTY_ZH: Record<ContactParty, string> = {
  debtor: '本人',
  guarantor: '担保人',
  spouse: '配偶',
  family: '家人',
  'employer-colleague': '单位或同事',
  friend: '朋友',
  'emergency-contact': '紧急联系人',
  other: '其他人',
};

const FLAG_ZH: Record<ContactFlag, string> = {
  threatened: '威胁、恐吓',
  insulted: '辱骂、侮辱',
  violence: '动手、扣留或不让离开',
  pestered: '跟踪、纠缠、堵门或反复发送骚扰信息',
  'claimed-authority': '自称公安、法院或政府工作人员',
  'court-document': '发来以法院、公安等机关名义的文书',
  'lawyer-letter': '发来"律师函"',
  'document-not-genuine': '经核实文书不真实',
  'told-someone-else': '把本人的欠款告诉了他人',
  'asked-to-pay': '要求第三人代为还款',
  'asked-not-to-contact': '第三人明确表示不要再联系',
  'public-notice': '张贴、群发或公开本人欠款',
  'personal-account': '要求转入个人账户',
  'added-fees': '额外收费',
  'pushed-borrowing': '诱导或逼迫借新还旧',
  exaggerated: '夸大金额或后果',
  'visit-rules': '上门不足两人或未出示证件',
  'entered-without-consent': '未经同意进入住宅或办公区域',
  'personal-phone': '使用私人手机或社交软件联系',
  'no-identification': '未说明身份和所属机构',
};

const FORCE_ZH: Record<LegalForce, string> = {
  law: '法律',
  'judicial-interpretation': '司法解释',
  'administrative-regulation': '行政法规',
  regulation: '监管规定',
  'national-standard': '推荐性国家标准',
  'industry-self-regulation': '行业自律规范',
  'judicial-policy': '司法政策文件',
  practice: '行业惯例',
};

/** The ticks that make up each ticked rule (the summary quotes only these). */
const RULE_FLAGS: Partial<Record<ConductRuleId, readonly ContactFlag[]>> = {
  threat: ['threatened'],
  insult: ['insulted'],
  violence: ['violence'],
  harassment: ['pestered'],
  'impersonating-authority': ['claimed-authority'],
  'fake-legal-document': ['court-document', 'lawyer-letter', 'document-not-genuine'],
  'public-notice': ['public-notice'],
  'no-identification': ['no-identification'],
  'personal-account-demand': ['personal-account'],
  'extra-fees': ['added-fees'],
  'induce-new-borrowing': ['pushed-borrowing'],
  'home-visit-rules': ['visit-rules'],
  'home-intrusion': ['entered-without-consent'],
  'private-phone-or-social-app': ['personal-phone'],
  'exaggerated-consequences': ['exaggerated'],
};

/** Rules that go to the police (110) rather than only to the creditor and regulator. */
const POLICE_RULES: readonly ConductRuleId[] = [
  'threat',
  'violence',
  'harassment',
  'impersonating-authority',
  'fake-legal-document',
  'home-intrusion',
];

/** 2026年3月3日 */
export function formatZhDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

const blank = (value: string, width = 12) => (value.trim() === '' ? '_'.repeat(width) : value.trim());

function citation(source: LegalSource): string {
  return `${source.instrument}${source.article}${source.docNumber && source.article === '' ? `(${source.docNumber})` : ''}`;
}

/** 依据 line for one basis: instrument, article, force, effective date; caveats in words. */
export function describeBasisZh(basis: FindingBasis, findSource: (id: string) => LegalSource | undefined): string {
  const cites = basis.sourceIds.map(findSource).filter((s): s is LegalSource => s !== undefined);
  if (cites.length === 0) return '';
  const notes = [`${FORCE_ZH[basis.force]},${formatZhDate(basis.effectiveFrom)}起施行`];
  if (basis.effectiveTo) notes.push(`适用至${formatZhDate(basis.effectiveTo)}`);
  if (basis.advisory) notes.push('原文为"不宜",属建议性要求');
  if (basis.scope === 'may-apply') notes.push('该指引写明银行信用卡业务可适用');
  // Articles of one instrument are listed once: 《个人信息保护法》第十条、第二十三条.
  const parts: string[] = [];
  let last = '';
  for (const c of cites) {
    if (c.instrument === last && c.article !== '') parts.push(c.article);
    else parts.push(citation(c));
    last = c.instrument;
  }
  return `${parts.join('、')}(${notes.join(';')})`;
}

// ── Building blocks ────────────────────────────────────────────────────────────────────

interface Numbered {
  entry: ContactEntry;
  /** 1-based number in the evidence list. */
  n: number;
}

function who(e: ContactEntry): string {
  const base = PARTY_ZH[e.party];
  return e.party !== 'debtor' && e.partyName ? `${base}(${e.partyName})` : base;
}

function evidenceRefs(ids: readonly string[], numbers: Map<string, number>): string {
  const ns = ids.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined);
  return ns.length ? `(见证据 ${ns.join('、')})` : '';
}

/** One fact line per occurrence, in the words of the log. */
function factLines(
  finding: ConductFinding,
  byId: Map<string, ContactEntry>,
  numbers: Map<string, number>,
  you: string,
): string[] {
  const lines: string[] = [];
  for (const o of finding.occurrences) {
    const es = o.entryIds.map((id) => byId.get(id)).filter((e): e is ContactEntry => e !== undefined);
    if (es.length === 0) continue;
    const refs = evidenceRefs(o.entryIds, numbers);
    const day = formatZhDate(o.date);
    const first = es[0];
    switch (finding.ruleId) {
      case 'unanswered-attempts-per-day': {
        const from = [...new Set(es.map((e) => e.fromNumber).filter(Boolean))];
        const night = es.filter((e) => isNightTime(e.time)).reduce((s, e) => s + e.attempts, 0);
        lines.push(
          `${day},${from.length ? `号码 ${from.join('、')} ` : ''}向本人号码 ${blank(first.toNumber, 4)} 拨打未接通电话共 ${o.count ?? 0} 次` +
            `${night > 0 ? `(其中 ${night} 次在 22:00 至次日 8:00 之间)` : ''}。${refs}`,
        );
        break;
      }
      case 'connected-calls-per-day':
        lines.push(`${day},与本人接通的催收电话共 ${o.count ?? 0} 次。${refs}`);
        break;
      case 'night-contact':
        lines.push(`${day} ${first.time},${CHANNEL_ZH[first.channel]}联系${who(first)}。${refs}`);
        break;
      case 'third-party-disclosure':
      case 'third-party-collection':
      case 'third-party-contact-while-reachable':
      case 'contact-after-refusal': {
        const what: Record<typeof finding.ruleId, string> = {
          'third-party-disclosure': '并告知了本人的欠款情况',
          'third-party-collection': '并要求其代为还款',
          'third-party-contact-while-reachable': '当时本人可以正常联系',
          'contact-after-refusal': '对方此前已明确表示不要再联系',
        };
        const quote = first.quote ? `记录原话:"${first.quote}"。` : '';
        lines.push(
          `${day} ${first.time},以${CHANNEL_ZH[first.channel]}联系了${who(first)},${what[finding.ruleId]}。${quote}${refs}`,
        );
        break;
      }
      case 'outsourcing-not-notified':
        lines.push(
          `${day} ${first.time},${first.agency} 以${CHANNEL_ZH[first.channel]}催收;本人此前未收到${you}委托外部机构催收的告知。${refs}`,
        );
        break;
      case 'collection-during-agreement':
        lines.push(`${day} ${first.time},在个性化分期还款协议履行期间,以${CHANNEL_ZH[first.channel]}催收。${refs}`);
        break;
      case 'threat':
      case 'insult':
      case 'violence':
      case 'harassment':
      case 'impersonating-authority':
      case 'fake-legal-document':
      case 'public-notice':
      case 'no-identification':
      case 'personal-account-demand':
      case 'extra-fees':
      case 'induce-new-borrowing':
      case 'home-visit-rules':
      case 'home-intrusion':
      case 'private-phone-or-social-app':
      case 'exaggerated-consequences': {
        const relevant = RULE_FLAGS[finding.ruleId] ?? [];
        const ticked = first.flags
          .filter((f) => relevant.includes(f))
          .map((f) => FLAG_ZH[f])
          .join('、');
        const by = [first.agency, first.collectorName].filter(Boolean).join(' ');
        const quote = first.quote ? `记录原话:"${first.quote}"。` : '';
        lines.push(
          `${day} ${first.time},${by ? `${by} ` : ''}以${CHANNEL_ZH[first.channel]}联系${who(first)}:${ticked}。${quote}${refs}`,
        );
        break;
      }
      default:
        assertNever(finding.ruleId, 'unknown conduct rule');
    }
  }
  return lines;
}

function findingBlocks(
  finding: ConductFinding,
  byId: Map<string, ContactEntry>,
  numbers: Map<string, number>,
  you: string,
  findSource: ComplaintPacketInput['findSource'],
  onlyForce?: LegalForce,
): DocumentBlock[] {
  const bases = finding.bases.filter((b) => onlyForce === undefined || b.force === onlyForce);
  const basisLines = bases.map((b) => describeBasisZh(b, findSource)).filter(Boolean);
  return [
    { kind: 'heading', text: RULE_TITLES_ZH[finding.ruleId] },
    { kind: 'list', ordered: false, items: factLines(finding, byId, numbers, you) },
    ...(basisLines.length ? [{ kind: 'paragraph' as const, text: `可能不符合:${basisLines.join(';')}。` }] : []),
  ];
}

/** What the creditor is asked to do, from the selected findings. */
function creditorRequests(
  findings: readonly ConductFinding[],
  entries: readonly ContactEntry[],
  you: string,
  bank: boolean,
): string[] {
  const ids = new Set(findings.map((f) => f.ruleId));
  const any = (...r: ConductRuleId[]) => r.some((id) => ids.has(id));
  const requests: string[] = [];
  if (
    any(
      'third-party-collection',
      'third-party-disclosure',
      'third-party-contact-while-reachable',
      'contact-after-refusal',
      'public-notice',
    )
  ) {
    requests.push('立即停止联系本人的家人、同事、朋友等第三人,不再向任何人透露本人的债务信息。');
  }
  if (any('night-contact')) requests.push('不在每日 22:00 至次日 8:00 之间联系本人。');
  if (any('unanswered-attempts-per-day', 'connected-calls-per-day', 'harassment'))
    requests.push('合理控制联系频次,停止反复拨打。');
  if (
    any('outsourcing-not-notified', 'no-identification', 'private-phone-or-social-app') ||
    entries.some((e) => e.agency.trim() !== '')
  ) {
    requests.push(`书面告知受托催收机构的名称、联系方式和委托期限,并确认其是否为${you}委托。`);
  }
  if (any('collection-during-agreement')) requests.push('按照已签订的个性化分期还款协议,停止对本人的催收。');
  if (any('personal-account-demand', 'extra-fees')) {
    requests.push(`书面确认本人只需通过${you}官方渠道还款,且不存在上述额外费用。`);
  }
  if (
    any(
      'threat',
      'insult',
      'violence',
      'harassment',
      'impersonating-authority',
      'fake-legal-document',
      'home-visit-rules',
      'home-intrusion',
      'induce-new-borrowing',
      'exaggerated-consequences',
    )
  ) {
    requests.push('核查上述催收人员的行为,依规处理,并告知本人核查结果。');
  }
  requests.push(
    bank
      ? '依照《银行业保险业消费投诉处理管理办法》第十八条,自收到本投诉之日起 15 日内作出处理决定并告知本人(情况复杂的可延长至 30 日)。'
      : '自收到本投诉之日起 15 日内书面答复处理结果。',
  );
  return requests;
}

function signature(input: ComplaintPacketInput): DocumentBlock {
  return {
    kind: 'signature',
    lines: [
      { label: '投诉人(签名):', value: blank(input.complainantName) },
      { label: '联系电话:', value: blank(input.complainantPhone) },
      { label: '日期:', value: formatZhDate(input.today) },
    ],
  };
}

function doc(title: string, blocks: DocumentBlock[], templateId: string): PrintableDocument {
  return { title, blocks, templateId, templateVersion: COMPLAINT_TEMPLATE_VERSION };
}

// ── The packet ─────────────────────────────────────────────────────────────────────────

export function buildComplaintPacket(input: ComplaintPacketInput): ComplaintPacket {
  const wanted = new Set(input.findings.flatMap((f) => f.entryIds));
  const numbered: Numbered[] = input.entries
    .filter((e) => wanted.has(e.id))
    .sort((a, b) => (entryMoment(a) < entryMoment(b) ? -1 : entryMoment(a) > entryMoment(b) ? 1 : a.id < b.id ? -1 : 1))
    .map((entry, i) => ({ entry, n: i + 1 }));
  const numbers = new Map(numbered.map((x) => [x.entry.id, x.n]));
  const byId = new Map(numbered.map((x) => [x.entry.id, x.entry]));
  const creditor = blank(input.creditorName);
  const bank = input.creditorType === 'bank';
  const you = bank ? '贵行' : '贵公司';
  const card = input.cardLast4 ? `(卡号末四位 ${input.cardLast4})` : '';
  const firstDay = numbered.length > 0 ? numbered[0].entry.date : undefined;
  const lastDay = numbered.length > 0 ? numbered[numbered.length - 1].entry.date : undefined;
  const period =
    firstDay && lastDay
      ? firstDay === lastDay
        ? formatZhDate(firstDay)
        : `${formatZhDate(firstDay)}至${formatZhDate(lastDay)}`
      : '';
  const parts: PacketPart[] = [];

  // 1. Summary
  parts.push({
    kind: 'summary',
    document: doc(
      '催收情况摘要',
      [
        {
          kind: 'paragraph',
          text: `本摘要由本人根据自己的催收记录整理,涉及${creditor}${card}的催收,记录时间为${period || '____'},制作日期为${formatZhDate(input.today)}。以下只列出本人记录的事实。`,
        },
        ...input.findings.flatMap((f) => findingBlocks(f, byId, numbers, you, input.findSource)),
      ],
      'complaint-summary',
    ),
  });

  // 2. Evidence list
  const attachmentsByEntry = new Map<string, AttachmentMeta[]>();
  for (const a of input.attachments) {
    if (!numbers.has(a.entryId)) continue;
    const list = attachmentsByEntry.get(a.entryId) ?? [];
    list.push(a);
    attachmentsByEntry.set(a.entryId, list);
  }
  const fileRows = numbered.flatMap(({ entry, n }) =>
    (attachmentsByEntry.get(entry.id) ?? []).map((a) => [
      String(n),
      a.name || '—',
      a.addedAt.slice(0, 16).replace('T', ' '),
      a.sha256,
    ]),
  );
  parts.push({
    kind: 'evidence',
    document: doc(
      '证据清单',
      [
        {
          kind: 'table',
          columns: ['序号', '时间', '方式 / 对象', '号码', '催收方', '记录内容'],
          rows: numbered.map(({ entry: e, n }) => [
            String(n),
            `${e.date} ${e.time}`,
            `${CHANNEL_ZH[e.channel]}${e.attempts > 1 ? ` ×${e.attempts}` : ''} / ${who(e)}`,
            [e.fromNumber, e.toNumber].filter(Boolean).join(' → ') || '—',
            [e.agency, e.collectorName].filter(Boolean).join(' ') || '—',
            [e.flags.map((f) => FLAG_ZH[f]).join('、'), e.quote ? `"${e.quote}"` : ''].filter(Boolean).join(';') || '—',
          ]),
        },
        ...(fileRows.length
          ? [
              { kind: 'heading' as const, text: '附件' },
              {
                kind: 'paragraph' as const,
                text: '以下文件保存在本人手机上。SHA-256 值在文件加入记录时计算,可用于核对提交的文件与记录时一致。',
              },
              { kind: 'table' as const, columns: ['对应序号', '文件名', '加入时间(UTC)', 'SHA-256'], rows: fileRows },
            ]
          : []),
      ],
      'complaint-evidence',
    ),
  });

  // 3. Letter to the creditor's complaint channel
  const requests = creditorRequests(
    input.findings,
    numbered.map((x) => x.entry),
    you,
    bank,
  );
  parts.push({
    kind: 'letter-creditor',
    document: doc(
      '投诉书',
      [
        { kind: 'addressee', text: `${creditor}客户投诉部门:` },
        {
          kind: 'paragraph',
          text: `您好。本人是${you}客户${card},就${period ? `${period}期间` : ''}${you}或${you}委托的机构对本人的催收,提出以下投诉。本人愿意就欠款与${you}协商解决,但以下催收方式给本人和家人造成了困扰。`,
        },
        { kind: 'heading', text: '一、事实' },
        ...input.findings.flatMap((f) => findingBlocks(f, byId, numbers, you, input.findSource)),
        { kind: 'heading', text: '二、请求' },
        { kind: 'list', ordered: true, items: requests },
        {
          kind: 'paragraph',
          text: `随信附催收情况摘要和证据清单。以上事实均为本人如实记录。如${you}未在期限内答复或处理结果不能解决问题,本人将向金融监管部门反映。`,
        },
        signature(input),
      ],
      'complaint-letter-creditor',
    ),
  });

  // 4. Letter to the regulator (12378)
  parts.push({
    kind: 'letter-12378',
    document: doc(
      '投诉书',
      [
        { kind: 'addressee', text: '国家金融监督管理总局(12378 消费者投诉热线)或所在地金融监管部门:' },
        {
          kind: 'paragraph',
          text: `本人于____年__月__日向${creditor}投诉其催收行为(投诉方式:________)。截至____年__月__日,${creditor}(请在相应项打√)□ 未在 15 日内作出处理决定 □ 作出的处理决定未解决问题。现向贵局反映。`,
        },
        { kind: 'heading', text: '一、事实' },
        ...input.findings.flatMap((f) => findingBlocks(f, byId, numbers, you, input.findSource)),
        { kind: 'heading', text: '二、请求' },
        {
          kind: 'list',
          ordered: true,
          items: [
            `督促${creditor}核查上述催收行为并依规处理。`,
            `督促${creditor}停止上述不当催收方式,并告知本人受托催收机构的情况。`,
            '将处理情况告知本人。',
          ],
        },
        { kind: 'paragraph', text: '随信附催收情况摘要、证据清单和向该机构投诉的记录。以上事实均为本人如实记录。' },
        signature(input),
      ],
      'complaint-letter-12378',
    ),
  });

  // 5. Credit record (12363), only when the person described a wrong record
  if (input.creditRecordIssue.trim() !== '') {
    parts.push({
      kind: 'letter-12363',
      document: doc(
        '征信异议投诉书',
        [
          { kind: 'addressee', text: '中国人民银行所在地分支机构(12363 金融消费权益保护咨询投诉电话):' },
          {
            kind: 'paragraph',
            text: `本人认为${creditor}${card}报送的个人信用信息有误,具体情况如下:${input.creditRecordIssue.trim()}`,
          },
          {
            kind: 'paragraph',
            text: `本人已于____年__月__日向${creditor}或征信中心提出异议。依照《征信业管理条例》第二十五条,异议应当自收到之日起 20 日内核查处理并书面答复。`,
          },
          { kind: 'heading', text: '请求' },
          { kind: 'list', ordered: true, items: ['督促核查并更正有误的信用信息。', '将处理情况告知本人。'] },
          signature(input),
        ],
        'complaint-letter-12363',
      ),
    });
  }

  // 6. Police (110), only for conduct a law covers
  const police = input.findings.filter(
    (f) => POLICE_RULES.includes(f.ruleId) && f.bases.some((b) => b.force === 'law'),
  );
  if (police.length > 0) {
    parts.push({
      kind: 'letter-110',
      document: doc(
        '报警情况说明',
        [
          { kind: 'addressee', text: '____公安局____派出所:' },
          {
            kind: 'paragraph',
            text: `本人因欠款被${creditor}或其委托的催收人员催收。催收过程中发生了以下情况,本人如实说明如下。`,
          },
          ...police.flatMap((f) => findingBlocks(f, byId, numbers, you, input.findSource, 'law')),
          { kind: 'heading', text: '请求' },
          {
            kind: 'list',
            ordered: true,
            items: [
              '依法调查处理上述行为。',
              ...(police.some(
                (f) => f.ruleId === 'harassment' && f.bases.some((b) => b.sourceIds.includes('psl-2025-art50-5')),
              )
                ? ['如查证属实,依照《中华人民共和国治安管理处罚法》第五十条第二款,责令其在一定期限内禁止接触本人。']
                : []),
            ],
          },
          { kind: 'paragraph', text: '随附证据清单。以上情况属实。' },
          {
            kind: 'signature',
            lines: [
              { label: '报警人(签名):', value: blank(input.complainantName) },
              { label: '联系电话:', value: blank(input.complainantPhone) },
              { label: '日期:', value: formatZhDate(input.today) },
            ],
          },
        ],
        'complaint-letter-110',
      ),
    });
  }

  return { parts };
}

/** Every part as one document, each part on its own page, for printing all at once. */
export function combinePacket(packet: ComplaintPacket): PrintableDocument {
  const blocks: DocumentBlock[] = [];
  packet.parts.forEach((part, i) => {
    if (i > 0) blocks.push({ kind: 'page-break' });
    blocks.push({ kind: 'heading', text: part.document.title }, ...part.document.blocks);
  });
  return { title: '催收投诉材料', blocks, templateId: 'complaint-packet', templateVersion: COMPLAINT_TEMPLATE_VERSION };
}

/**
 * Limit findings to one creditor (debt): occurrences, entries and bases of other debts are
 * dropped, and findings left with nothing are removed.
 */
export function findingsForDebt(findings: readonly ConductFinding[], debtId: string): ConductFinding[] {
  const out: ConductFinding[] = [];
  for (const f of findings) {
    const occurrences = f.occurrences.filter((o) => o.debtId === debtId);
    if (occurrences.length === 0) continue;
    const keep = new Set(occurrences.flatMap((o) => o.entryIds));
    const bases = f.bases
      .map((b) => ({ ...b, entryIds: b.entryIds.filter((id) => keep.has(id)) }))
      .filter((b) => b.entryIds.length > 0);
    if (bases.length === 0) continue;
    const strongest = bases[0];
    out.push({
      ...f,
      occurrences,
      entryIds: f.entryIds.filter((id) => keep.has(id)),
      bases,
      force: strongest.force,
      sourceIds: strongest.sourceIds,
      effectiveFrom: strongest.effectiveFrom,
      advisory: bases.every((b) => b.advisory),
    });
  }
  return out;
}
