/**
 * What every document of the packet shares: the log entries the selected findings refer to,
 * numbered in time order (the evidence numbers the letters cite), and how the creditor, card
 * and period are named.
 */
import { entryMoment, type ContactEntry } from '../contact';
import type { ComplaintPacketInput } from './packet-types';
import { blank, formatZhDate } from './wording-zh';

export interface Numbered {
  entry: ContactEntry;
  /** 1-based number in the evidence list. */
  n: number;
}

export interface PacketContext {
  /** The referred entries in time order, numbered from 1. */
  numbered: Numbered[];
  /** Evidence number by entry id. */
  numbers: Map<string, number>;
  byId: Map<string, ContactEntry>;
  /** The creditor's name, or a blank line. */
  creditor: string;
  bank: boolean;
  /** 贵行 for a bank, 贵公司 otherwise. */
  you: string;
  /** (卡号末四位 1234) for a card, (借款合同编号或借据号 JK-1) for a loan, or '' when not given. */
  card: string;
  /** The days the referred entries span, e.g. 2026年3月3日至2026年3月5日; '' when none. */
  period: string;
}

export function packetContext(input: ComplaintPacketInput): PacketContext {
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
  const loanNumber = input.loanNumber?.trim() ?? '';
  const card =
    loanNumber !== ''
      ? `（借款合同编号或借据号 ${loanNumber}）`
      : input.cardLast4
        ? `（卡号末四位 ${input.cardLast4}）`
        : '';
  const firstDay = numbered.length > 0 ? numbered[0].entry.date : undefined;
  const lastDay = numbered.length > 0 ? numbered[numbered.length - 1].entry.date : undefined;
  const period =
    firstDay && lastDay
      ? firstDay === lastDay
        ? formatZhDate(firstDay)
        : `${formatZhDate(firstDay)}至${formatZhDate(lastDay)}`
      : '';
  return { numbered, numbers, byId, creditor, bank, you, card, period };
}
