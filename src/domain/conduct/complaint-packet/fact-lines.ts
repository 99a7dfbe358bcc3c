/**
 * The facts under each finding: one line per occurrence, in the words of the log, with the
 * evidence numbers it rests on, followed by the 依据 line. Everything stated is what the person
 * logged, nothing more (投诉处理办法 Art.16: complaints must be truthful); wording is "可能不符合"
 * (may not comply), never a verdict.
 */
import { assertNever } from '../../../lib/assert-never';
import type { DocumentBlock } from '../../document';
import type { LegalForce } from '../../legal/source-types';
import { isNightTime, type ContactEntry, type ContactFlag } from '../contact';
import type { ConductFinding, ConductRuleId } from '../rule-types';
import { describeBasisZh } from './basis-line';
import type { ComplaintPacketInput } from './packet-types';
import { blank, CHANNEL_ZH, FLAG_ZH, formatZhDate, PARTY_ZH, RULE_TITLES_ZH } from './wording-zh';

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

export function who(e: ContactEntry): string {
  const base = PARTY_ZH[e.party];
  return e.party !== 'debtor' && e.partyName ? `${base}（${e.partyName}）` : base;
}

function evidenceRefs(ids: readonly string[], numbers: Map<string, number>): string {
  const ns = ids.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined);
  return ns.length ? `（见证据 ${ns.join('、')}）` : '';
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
          `${day}，${from.length ? `号码 ${from.join('、')} ` : ''}向本人号码 ${blank(first.toNumber, 4)} 拨打未接通电话共 ${o.count ?? 0} 次` +
            `${night > 0 ? `（其中 ${night} 次在 22:00 至次日 8:00 之间）` : ''}。${refs}`,
        );
        break;
      }
      case 'connected-calls-per-day':
        lines.push(`${day}，与本人接通的催收电话共 ${o.count ?? 0} 次。${refs}`);
        break;
      case 'night-contact':
        lines.push(`${day} ${first.time}，${CHANNEL_ZH[first.channel]}联系${who(first)}。${refs}`);
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
        const quote = first.quote ? `记录原话：“${first.quote}”。` : '';
        lines.push(
          `${day} ${first.time}，以${CHANNEL_ZH[first.channel]}联系了${who(first)}，${what[finding.ruleId]}。${quote}${refs}`,
        );
        break;
      }
      case 'outsourcing-not-notified':
        lines.push(
          `${day} ${first.time}，${first.agency} 以${CHANNEL_ZH[first.channel]}催收；本人此前未收到${you}委托外部机构催收的告知。${refs}`,
        );
        break;
      case 'collection-during-agreement':
        lines.push(`${day} ${first.time}，在个性化分期还款协议履行期间，以${CHANNEL_ZH[first.channel]}催收。${refs}`);
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
        const quote = first.quote ? `记录原话：“${first.quote}”。` : '';
        lines.push(
          `${day} ${first.time}，${by ? `${by} ` : ''}以${CHANNEL_ZH[first.channel]}联系${who(first)}：${ticked}。${quote}${refs}`,
        );
        break;
      }
      default:
        assertNever(finding.ruleId, 'unknown conduct rule');
    }
  }
  return lines;
}

export function findingBlocks(
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
    ...(basisLines.length ? [{ kind: 'paragraph' as const, text: `可能不符合：${basisLines.join('；')}。` }] : []),
  ];
}
