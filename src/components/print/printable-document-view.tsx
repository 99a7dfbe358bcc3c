/**
 * The one renderer for every printable document (letters, complaint packets). It lays a
 * `PrintableDocument` out as an A4 page: on screen as a preview sheet, on paper alone,
 * because everything outside `.print-root` is hidden by print.css. All content is text.
 */
import type { DocumentBlock, PrintableDocument } from '../../domain/document';
import { assertNever } from '../../lib/assert-never';
import { KeepWhole } from '../ui/keep-whole';
import './print.css';

function Block({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case 'addressee':
      return (
        <p className="doc-addressee">
          <KeepWhole text={block.text} />
        </p>
      );
    case 'heading':
      return (
        <h2 className="doc-heading">
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
        <Block key={i} block={block} />
      ))}
    </article>
  );
}
