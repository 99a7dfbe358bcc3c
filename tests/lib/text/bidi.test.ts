import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropUnclosedBidiControls, dropUnclosedBidiControlsDeep } from '../../../src/lib/text/bidi';

const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';

describe('dropUnclosedBidiControls', () => {
  it.each<[string, string, string]>([
    ['plain Chinese', '工资卡', '工资卡'],
    ['Arabic letters (not controls)', 'عربي', 'عربي'],
    ['a closed override stays', `a${RLO}عربي${PDF}b`, `a${RLO}عربي${PDF}b`],
    ['an unclosed override goes', `${RLO}💳 gpj.exe`, '💳 gpj.exe'],
    ['only the unclosed one of two goes', `${RLO}x${PDF}${RLO}y`, `${RLO}x${PDF}y`],
    ['a closed isolate stays', `${RLI}x${PDI}`, `${RLI}x${PDI}`],
    ['an isolate’s PDI also closes an override inside it', `${RLI}${RLO}x${PDI}`, `${RLI}${RLO}x${PDI}`],
    ['a PDF cannot close an isolate', `${RLI}x${PDF}`, `x${PDF}`],
    ['stray closers are left alone', `x${PDF}${PDI}`, `x${PDF}${PDI}`],
    ['marks (LRM/RLM) are not controls with scope', '\u200Fx\u200E', '\u200Fx\u200E'],
  ])('%s', (_name, input, expected) => {
    expect(dropUnclosedBidiControls(input)).toBe(expected);
  });

  it('never lengthens text, is idempotent and leaves nothing open (property, 1000 strings)', () => {
    const bidiHeavy = fc.string({
      unit: fc.constantFrom(
        'a',
        'ب',
        ' ',
        '\u202A',
        '\u202B',
        '\u202C',
        '\u202D',
        '\u202E',
        '\u2066',
        '\u2067',
        '\u2068',
        '\u2069',
      ),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), bidiHeavy), (text) => {
        const out = dropUnclosedBidiControls(text);
        expect(out.length).toBeLessThanOrEqual(text.length);
        expect(dropUnclosedBidiControls(out)).toBe(out);
        // Wrapping the result in any sentence leaves the sentence's end unaffected: no opener
        // is left without its closer.
        // UAX #9 X6a/X7: PDI closes its isolate and everything opened inside it; PDF closes
        // the innermost embedding unless an isolate is innermost.
        const stack: ('embedding' | 'isolate')[] = [];
        for (const ch of out) {
          if ('\u202A\u202B\u202D\u202E'.includes(ch)) stack.push('embedding');
          else if ('\u2066\u2067\u2068'.includes(ch)) stack.push('isolate');
          else if (ch === '\u202C' && stack.at(-1) === 'embedding') stack.pop();
          else if (ch === '\u2069' && stack.includes('isolate')) stack.length = stack.lastIndexOf('isolate');
        }
        expect(stack).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('walks records, keeping untouched objects identical', () => {
    const clean = { a: 'x', list: ['y'] };
    expect(dropUnclosedBidiControlsDeep(clean)).toBe(clean);
    const bytes = new ArrayBuffer(2);
    const dirty = { name: `${RLO}x`, nested: { list: [`${RLO}y`, 3] }, bytes };
    expect(dropUnclosedBidiControlsDeep(dirty)).toEqual({ name: 'x', nested: { list: ['y', 3] }, bytes });
    expect(dropUnclosedBidiControlsDeep(dirty).bytes).toBe(bytes);
  });
});
