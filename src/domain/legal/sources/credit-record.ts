/**
 * Legal sources for the credit-record area (征信). Append-only: never change the meaning of
 * a shipped id.
 *
 * Each id is explained in legal/basis.md.
 */
import type { IsoDate } from '../../types';
import type { LegalSource } from '../source-types';

const d = (s: string) => s as IsoDate;

function creditRegulation(id: string, article: string): LegalSource {
  return {
    id,
    instrument: '《征信业管理条例》',
    article,
    issuer: '国务院',
    docNumber: '国务院令第631号',
    force: 'administrative-regulation',
    confidence: 'A',
    effectiveFrom: d('2013-03-15'),
    textFile: '征信业管理条例(2013-01-21).md',
  };
}

export const creditRecordSources: readonly LegalSource[] = [
  creditRegulation('credit-regulation-art15', '第十五条'),
  creditRegulation('credit-regulation-art16', '第十六条'),
  creditRegulation('credit-regulation-art17', '第十七条'),
  creditRegulation('credit-regulation-art25', '第二十五条'),
  creditRegulation('credit-regulation-art26', '第二十六条'),
  creditRegulation('credit-regulation-art29', '第二十九条'),
  {
    // [B+] five agreeing reports quoting the notice (verification item 8). Date-gated: the
    // engine applies it only from 2025-12-22, to overdue records arising 2020-01-01 to
    // 2025-12-31 of ≤10,000 yuan, repaid in full by 2026-03-31.
    id: 'credit-one-time-repair-2025',
    instrument: '《中国人民银行关于实施一次性信用修复政策有关安排的通知》',
    article: '',
    issuer: '中国人民银行',
    force: 'regulation',
    confidence: 'B',
    effectiveFrom: d('2025-12-22'),
  },
];
