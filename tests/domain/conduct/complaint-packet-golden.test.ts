/**
 * Pins the complaint packet byte for byte: every conduct scenario in tests/fixtures/conduct/ plus
 * a few hand-made inputs (bank and non-bank creditor, blanks, attachments, a credit-record issue)
 * are built into packets and compared with tests/domain/conduct/golden/complaint-packet.json,
 * recorded before the builder was split into src/domain/conduct/complaint-packet/. A change in
 * what a person prints shows up here as a diff; a wanted change needs a new template version
 * (CONTRIBUTING.md, "Add a letter-template version") and a re-recorded file
 * (`GOLDEN_RECORD=1 npx vitest run --project unit tests/domain/conduct/complaint-packet-golden.test.ts`).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttachmentMeta } from '../../../src/domain/conduct/attachment';
import { checkCollectorConduct, type DebtContext } from '../../../src/domain/conduct/check-collector-conduct';
import {
  buildComplaintPacket,
  combinePacket,
} from '../../../src/domain/conduct/complaint-packet/build-complaint-packet';
import { findingsForDebt } from '../../../src/domain/conduct/complaint-packet/findings-for-debt';
import { type ComplaintPacketInput } from '../../../src/domain/conduct/complaint-packet/packet-types';
import { DEFAULT_CONDUCT_CONTEXT, type ContactEntry } from '../../../src/domain/conduct/contact';
import { conductContextFieldsSchema, contactEntryFieldsSchema } from '../../../src/domain/conduct/contact-schema';
import { isoDate } from '../../../src/domain/dates';
import { findSource } from '../../../src/domain/legal/sources/index';

const SCENARIOS = join(import.meta.dirname, '../../fixtures/conduct');
const GOLDEN = join(import.meta.dirname, 'golden/complaint-packet.json');

// The defaults of tests/fixtures/conduct/README.md ("Entries").
const ENTRY_DEFAULTS = {
  debtId: 'd1',
  agency: '',
  collectorName: '',
  fromNumber: '4008000000',
  toNumber: '13800000000',
  attempts: 1,
  partyName: '',
  flags: [],
  quote: '',
  notes: '',
};

interface Scenario {
  contexts?: Record<string, Record<string, unknown>>;
  entries: ({ id: string } & Record<string, unknown>)[];
}

function loadScenario(file: string): { entries: ContactEntry[]; contexts: DebtContext[] } {
  const raw = JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8')) as Scenario;
  const entries = raw.entries.map(({ id, ...rest }) => ({
    id,
    ...contactEntryFieldsSchema.parse({ ...ENTRY_DEFAULTS, ...rest }),
    createdAt: '2026-03-20T00:00:00.000Z',
    updatedAt: '2026-03-20T00:00:00.000Z',
  }));
  const contexts = Object.entries(raw.contexts ?? {}).map(([debtId, partial]) => ({
    ...conductContextFieldsSchema.parse({ ...DEFAULT_CONDUCT_CONTEXT, ...partial }),
    debtId,
  }));
  return { entries, contexts };
}

const attachmentFor = (entryId: string): AttachmentMeta => ({
  id: `file-${entryId}`,
  entryId,
  name: '录音_0305.m4a',
  mimeType: 'audio/mp4',
  size: 3,
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  addedAt: '2026-03-05T03:05:00.000Z',
});

/** Every packet the golden file holds, by a stable name. */
function packets(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const files = readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.json'))
    .sort();
  files.forEach((file, n) => {
    const { entries, contexts } = loadScenario(file);
    const findings = checkCollectorConduct(entries, contexts);
    const debtIds = [...new Set(entries.map((e) => e.debtId))].sort();
    for (const debtId of debtIds) {
      // Alternate files fill in the person's details or leave them blank (printed as ____).
      const filled = n % 2 === 0;
      const context = contexts.find((c) => c.debtId === debtId) ?? DEFAULT_CONDUCT_CONTEXT;
      const forDebt = findingsForDebt(findings, debtId);
      const first = entries.find((e) => e.debtId === debtId);
      const input: ComplaintPacketInput = {
        today: isoDate('2026-03-20'),
        creditorName: filled ? '示例银行信用卡中心' : '',
        creditorType: context.creditorType,
        cardLast4: filled ? '6789' : '',
        complainantName: filled ? '王小明' : '',
        complainantPhone: filled ? '13800000000' : '',
        findings: forDebt,
        entries,
        attachments: first ? [attachmentFor(first.id)] : [],
        creditRecordIssue: file.startsWith('0') ? '已还清的 3 月仍显示逾期' : '',
        findSource,
      };
      const packet = buildComplaintPacket(input);
      // The combined print-all document only re-heads the parts: pinned on the first files.
      out[`${file}#${debtId}`] = n < 4 ? { packet, combined: combinePacket(packet) } : { packet };
    }
  });
  return out;
}

describe('complaint packet golden output', () => {
  it('builds every pinned packet exactly as recorded', () => {
    // GOLDEN_RECORD=1 rewrites the file after a wanted change; review its diff before committing.
    if (process.env.GOLDEN_RECORD === '1') writeFileSync(GOLDEN, `${JSON.stringify(packets(), null, 2)}\n`);
    const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, unknown>;
    const actual = packets();
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const key of Object.keys(expected)) expect(actual[key], key).toEqual(expected[key]);
  });
});
