/**
 * Part 2: the evidence list, every referred log entry by its number, then the attached files
 * with the SHA-256 taken when each was added.
 */
import type { AttachmentMeta } from '../attachment';
import { doc } from './document-parts';
import { who } from './fact-lines';
import type { PacketContext } from './packet-context';
import type { ComplaintPacketInput, PacketPart } from './packet-types';
import { CHANNEL_ZH, FLAG_ZH } from './wording-zh';

export function evidencePart(input: ComplaintPacketInput, ctx: PacketContext): PacketPart {
  const { numbered, numbers } = ctx;
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
  return {
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
            `${CHANNEL_ZH[e.channel]}${e.attempts > 1 ? `×${e.attempts}` : ''} / ${who(e)}`,
            [e.fromNumber, e.toNumber].filter(Boolean).join(' → ') || '—',
            [e.agency, e.collectorName].filter(Boolean).join(' ') || '—',
            [e.flags.map((f) => FLAG_ZH[f]).join('、'), e.quote ? `“${e.quote}”` : ''].filter(Boolean).join('；') ||
              '—',
          ]),
        },
        ...(fileRows.length
          ? [
              { kind: 'heading' as const, text: '附件' },
              {
                kind: 'paragraph' as const,
                text: '以下文件保存在本人手机上。SHA-256 值在文件加入记录时计算，可用于核对提交的文件与记录时一致。',
              },
              { kind: 'table' as const, columns: ['对应序号', '文件名', '加入时间（UTC）', 'SHA-256'], rows: fileRows },
            ]
          : []),
      ],
      'complaint-evidence',
    ),
  };
}
