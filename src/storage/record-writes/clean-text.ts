/**
 * Drops bidi override/isolate openers that user text leaves unclosed (see
 * lib/text/bidi.ts), so a name typed with U+202E cannot reverse the rest of a printed
 * letter or a sentence on screen. Every record table, every string field, one place.
 */
import { dropUnclosedBidiControlsDeep } from '../../lib/text/bidi';
import { recordTablesMiddleware } from './record-tables';

export const cleanTextMiddleware = recordTablesMiddleware(
  'shore-clean-text',
  (mutate) => (req) =>
    mutate(
      req.type === 'add' || req.type === 'put' ? { ...req, values: req.values.map(dropUnclosedBidiControlsDeep) } : req,
    ),
);
