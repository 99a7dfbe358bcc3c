/**
 * Runs every fixture file in tests/fixtures/messages/ (format in its README). Cases in
 * `held-out/` were written before the lexicon was tuned and are scored, not asserted, by
 * `npm run eval:messages`; every other case must be read with exactly its labels, and every
 * lawful message (no labels) must show nothing.
 */
import { describe, expect, test } from 'vitest';
import { loadMessageCases, predictedLabels } from '../../../../scripts/message-eval';
import { MESSAGE_BEHAVIOURS } from '../../../../src/domain/conduct/message-reader/lexicon-types';

const cases = loadMessageCases();

describe('message fixtures', () => {
  test('the corpus has what the evaluation needs', () => {
    const scored = cases.filter((c) => c.batch !== 'held-out');
    expect(scored.filter((c) => c.labels.length > 0).length).toBeGreaterThanOrEqual(40);
    expect(scored.filter((c) => c.labels.length === 0).length).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => c.batch === 'held-out').length).toBeGreaterThan(0);
  });

  for (const c of cases.filter((x) => x.batch !== 'held-out')) {
    test(`${c.where}: ${c.text.slice(0, 30)}`, () => {
      // Compared in the reader's order (MESSAGE_BEHAVIOURS), whatever order the file lists them in.
      expect(predictedLabels(c.text)).toEqual(MESSAGE_BEHAVIOURS.filter((b) => c.labels.includes(b)));
    });
  }
});
