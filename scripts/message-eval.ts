/**
 * Scores the message reader on the fixtures in tests/fixtures/messages/ (format in its
 * README): precision and recall per behaviour, and the lawful messages that produced any
 * behaviour. Used by `npm run eval:messages` (scripts/eval-messages.mjs) and by the fixture
 * test, so both read the same files the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MESSAGE_BEHAVIOURS, type MessageBehaviour } from '../src/domain/conduct/message-reader/lexicon-types';
import { readCollectionMessage } from '../src/domain/conduct/message-reader/read-message';
import type { IsoDate } from '../src/domain/types';

export interface MessageCase {
  text: string;
  labels: MessageBehaviour[];
  source?: string;
  note?: string;
  /** Where it came from: file and index. */
  where: string;
  /** The folder directly under tests/fixtures/messages/ (tuned, held-out, …). */
  batch: string;
}

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'messages');
/** The day fixtures are read on (dates without a year). */
export const FIXTURE_TODAY = '2026-12-07' as IsoDate;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return jsonFiles(path);
    return e.name.endsWith('.json') ? [path] : [];
  });
}

/** Every case in every file, or a thrown error naming the file and what is wrong. */
export function loadMessageCases(dir = FIXTURE_DIR): MessageCase[] {
  return jsonFiles(dir)
    .sort()
    .flatMap((file) => {
      const where = relative(dir, file);
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (!Array.isArray(data)) throw new Error(`${where}: not an array of cases`);
      return data.map((raw: unknown, i): MessageCase => {
        const c = raw as Partial<MessageCase>;
        const at = `${where}[${i}]`;
        if (typeof c.text !== 'string' || c.text === '') throw new Error(`${at}: text must be a non-empty string`);
        if (!Array.isArray(c.labels)) throw new Error(`${at}: labels must be an array`);
        for (const l of c.labels)
          if (!MESSAGE_BEHAVIOURS.includes(l)) throw new Error(`${at}: unknown label ${String(l)}`);
        if (c.labels.length > 0 && (typeof c.source !== 'string' || c.source.trim() === ''))
          throw new Error(`${at}: a collection message needs its source`);
        return { ...c, text: c.text, labels: c.labels, where: at, batch: where.split(/[\\/]/)[0] ?? '' };
      });
    });
}

/** The behaviours the reader finds in a case (every message of the paste). */
export function predictedLabels(text: string): MessageBehaviour[] {
  const reading = readCollectionMessage(text, { today: FIXTURE_TODAY, debts: [] });
  const found = new Set(reading.messages.flatMap((m) => m.behaviours.map((b) => b.behaviour)));
  return MESSAGE_BEHAVIOURS.filter((b) => found.has(b));
}

export interface LabelScore {
  label: MessageBehaviour;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when nothing was predicted / expected. */
  precision: number | null;
  recall: number | null;
}

export interface Evaluation {
  cases: number;
  collection: number;
  lawful: number;
  perLabel: LabelScore[];
  overall: { precision: number | null; recall: number | null };
  /** Lawful messages that produced any behaviour. */
  falseAlarms: { where: string; predicted: MessageBehaviour[] }[];
  /** Cases whose predicted labels differ from the expected ones. */
  mismatches: { where: string; expected: MessageBehaviour[]; predicted: MessageBehaviour[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function evaluate(cases: readonly MessageCase[]): Evaluation {
  const counts = new Map(MESSAGE_BEHAVIOURS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const falseAlarms: Evaluation['falseAlarms'] = [];
  const mismatches: Evaluation['mismatches'] = [];
  for (const c of cases) {
    const predicted = predictedLabels(c.text);
    const expected = new Set(c.labels);
    for (const l of MESSAGE_BEHAVIOURS) {
      const n = counts.get(l);
      if (!n) continue;
      const p = predicted.includes(l);
      if (p && expected.has(l)) n.tp += 1;
      else if (p) n.fp += 1;
      else if (expected.has(l)) n.fn += 1;
    }
    if (c.labels.length === 0 && predicted.length > 0) falseAlarms.push({ where: c.where, predicted });
    const exp = MESSAGE_BEHAVIOURS.filter((l) => expected.has(l));
    if (exp.join() !== predicted.join()) mismatches.push({ where: c.where, expected: exp, predicted });
  }
  const perLabel = MESSAGE_BEHAVIOURS.map((label): LabelScore => {
    const n = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    return {
      label,
      truePositives: n.tp,
      falsePositives: n.fp,
      falseNegatives: n.fn,
      precision: ratio(n.tp, n.tp + n.fp),
      recall: ratio(n.tp, n.tp + n.fn),
    };
  });
  const tp = perLabel.reduce((s, l) => s + l.truePositives, 0);
  const fp = perLabel.reduce((s, l) => s + l.falsePositives, 0);
  const fn = perLabel.reduce((s, l) => s + l.falseNegatives, 0);
  return {
    cases: cases.length,
    collection: cases.filter((c) => c.labels.length > 0).length,
    lawful: cases.filter((c) => c.labels.length === 0).length,
    perLabel,
    overall: { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    falseAlarms,
    mismatches,
  };
}

const pct = (x: number | null) => (x === null ? '   –' : x.toFixed(2).padStart(4));

export function formatEvaluation(title: string, e: Evaluation): string {
  const lines = [
    `${title}: ${e.cases} messages (${e.collection} collection, ${e.lawful} lawful)`,
    `  ${'label'.padEnd(20)}   P     R    TP  FP  FN`,
    ...e.perLabel.map(
      (l) =>
        `  ${l.label.padEnd(20)} ${pct(l.precision)}  ${pct(l.recall)}  ${String(l.truePositives).padStart(3)} ${String(l.falsePositives).padStart(3)} ${String(l.falseNegatives).padStart(3)}`,
    ),
    `  ${'overall'.padEnd(20)} ${pct(e.overall.precision)}  ${pct(e.overall.recall)}`,
    `  false alarms on lawful messages: ${e.falseAlarms.length} of ${e.lawful}`,
    ...e.falseAlarms.map((f) => `    ${f.where}: ${f.predicted.join(', ')}`),
  ];
  if (e.mismatches.length > 0) {
    lines.push(`  messages read differently from their labels: ${e.mismatches.length}`);
    for (const m of e.mismatches)
      lines.push(`    ${m.where}: expected [${m.expected.join(', ')}] read [${m.predicted.join(', ')}]`);
  }
  return lines.join('\n');
}
