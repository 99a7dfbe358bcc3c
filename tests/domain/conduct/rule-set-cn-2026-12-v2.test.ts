/**
 * `cn-2026-12` version 2 adds consumer-finance companies: laws reach them, the banks' and
 * online lenders' own instruments do not, and their 2024 measures get rows of their own.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_CONDUCT_RULE_SET } from '../../../src/domain/conduct/check-collector-conduct';
import { CN_2026_12 } from '../../../src/domain/conduct/rule-sets/cn-2026-12';
import { CN_2026_12_V2 } from '../../../src/domain/conduct/rule-sets/cn-2026-12-v2';

describe('rule set cn-2026-12 version 2', () => {
  it('is the current set', () => {
    expect(CURRENT_CONDUCT_RULE_SET).toBe(CN_2026_12_V2);
    expect([CN_2026_12_V2.id, CN_2026_12_V2.version]).toEqual(['cn-2026-12', 2]);
  });

  it('applies to consumer-finance companies only laws and their own 2024 measures', () => {
    for (const r of CN_2026_12_V2.rules.filter((x) => x.appliesTo.includes('consumer-finance'))) {
      if (r.force === 'law') expect(r.appliesTo, r.key).toEqual(['bank', 'consumer-finance', 'online-lender']);
      else
        expect(
          r.sourceIds.every((id) => id.startsWith('consumer-finance-measures-2024-')),
          r.key,
        ).toBe(true);
    }
  });

  it('adds the five measures rows and keeps every version-1 row otherwise as it was', () => {
    const added = CN_2026_12_V2.rules.filter((r) => r.key.endsWith('/consumer-finance-2024')).map((r) => r.key);
    expect(added).toEqual([
      'third-party-collection/consumer-finance-2024',
      'threat/consumer-finance-2024',
      'violence/consumer-finance-2024',
      'harassment/consumer-finance-2024',
      'outsourcing-not-notified/consumer-finance-2024',
    ]);
    const v1 = new Map(CN_2026_12.rules.map((r) => [r.key, r]));
    const kept = CN_2026_12_V2.rules.filter((r) => !added.includes(r.key));
    expect(kept.map((r) => r.key)).toEqual(CN_2026_12.rules.map((r) => r.key));
    for (const r of kept) expect({ ...r, appliesTo: v1.get(r.key)!.appliesTo }).toEqual(v1.get(r.key));
    for (const r of CN_2026_12.rules) expect(r.appliesTo).not.toContain('consumer-finance');
  });

  it('dates the measures rows from 2024-04-18', () => {
    for (const r of CN_2026_12_V2.rules.filter((x) => x.key.endsWith('/consumer-finance-2024')))
      expect([r.force, r.effectiveFrom, r.appliesTo]).toEqual(['regulation', '2024-04-18', ['consumer-finance']]);
  });
});
