/**
 * The one renderer for every printable document (letters, complaint packets). It lays a
 * `PrintableDocument` out as an A4 page: on screen as a preview sheet, on paper alone,
 * because everything outside `.print-root` is hidden by print.css. All content is text.
 */
import type { DocumentBlock, PrintableDocument } from '../../domain/document';
import { assertNever } from '../../lib/assert-never';
import { KeepWhole } from '../ui/keep-whole';
import './print.css';

/** How wide a text sets, in em: a CJK character is about 1 em, a Latin letter or digit about half. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.55;
  return w;
}

/** Longest content a column is given room for (em); longer cells wrap. */
const COLUMN_CAP_EM = 24;
/** A4's text width (168 mm between the margins) in em of the tables' 10.5 pt type. */
export const A4_TABLE_EM = 45;
/** A cell's padding and border, in em. */
const CELL_EM = 1.2;

/**
 * Column widths (percent) from what the columns hold: every header keeps one line, and the
 * room left is shared by how much more each column holds (capped, so a long hash or a long
 * quote wraps instead of crushing the rest). The table is laid out at these widths
 * (table-layout: fixed), so no column collapses to a character wide on A4.
 */
export function columnWidths(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  roomEm = A4_TABLE_EM,
): number[] {
  const mins = columns.map((header) => textWidth(header) + CELL_EM);
  const needs = columns.map((_, c) => {
    const longest = Math.max(0, ...rows.map((row) => textWidth(row[c] ?? '')));
    return Math.max(mins[c], Math.min(longest, COLUMN_CAP_EM) + CELL_EM);
  });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let em: number[];
  if (sum(mins) >= roomEm) em = mins;
  else if (sum(needs) <= roomEm) em = needs.map((n) => n + ((roomEm - sum(needs)) * n) / sum(needs));
  else {
    const extra = roomEm - sum(mins);
    const wants = needs.map((n, i) => n - mins[i]);
    em = mins.map((m, i) => m + (extra * wants[i]) / sum(wants));
  }
  return em.map((w) => Math.round((w / sum(em)) * 1000) / 10);
}

function Block({ block, opensPage }: { block: DocumentBlock; opensPage: boolean }) {
  switch (block.kind) {
    case 'addressee':
      return (
        <p className="doc-addressee">
          <KeepWhole text={block.text} />
        </p>
      );
    case 'heading':
      // A heading that opens a page is that page's title (a part of a combined packet).
      return (
        <h2 className={opensPage ? 'doc-heading doc-page-title' : 'doc-heading'}>
          <KeepWhole text={block.text} />
        </h2>
      );
    case 'paragraph':
      return (
        <p className="doc-paragraph">
          <KeepWhole text={block.text} />
        </p>
      );
    case 'list':
      return block.ordered ? (
        <ol className="doc-list">
          {block.items.map((item, i) => (
            <li key={i}>
              <KeepWhole text={item} />
            </li>
          ))}
        </ol>
      ) : (
        <ul className="doc-list">
          {block.items.map((item, i) => (
            <li key={i}>
              <KeepWhole text={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className="doc-table">
          <colgroup>
            {columnWidths(block.columns, block.rows).map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.columns.map((c, i) => (
                <th key={i} scope="col">
                  <KeepWhole text={c} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>
                    <KeepWhole text={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'signature':
      return (
        <div className="doc-signature-block">
          {block.closing?.map((text, i) => (
            <p key={i} className={i === 0 ? 'doc-closing doc-closing-first' : 'doc-closing'}>
              <KeepWhole text={text} />
            </p>
          ))}
          <div className="doc-signature">
            {block.lines.map((line, i) => (
              <p key={i}>
                <span className="doc-signature-label">{line.label}</span>
                <span className="doc-signature-value">
                  <KeepWhole text={line.value} />
                </span>
              </p>
            ))}
          </div>
        </div>
      );
    case 'page-break':
      return <div className="doc-page-break" aria-hidden="true" />;
    default:
      return assertNever(block, 'unknown document block');
  }
}

export function PrintableDocumentView({ document: doc }: { document: PrintableDocument }) {
  return (
    <article className="print-doc" lang="zh-CN" data-template={`${doc.templateId}@${doc.templateVersion}`}>
      <h1 className="doc-title">
        <KeepWhole text={doc.title} />
      </h1>
      {doc.blocks.map((block, i) => (
        <Block key={i} block={block} opensPage={i === 0 || doc.blocks[i - 1]?.kind === 'page-break'} />
      ))}
    </article>
  );
}
