/**
 * A printable document as plain text, for "copy the letter text" (to paste into WeChat, an
 * e-mail or a bank's online form). Same words as the printed page, laid out with line breaks.
 */
import { assertNever } from '../../lib/assert-never';
import type { PrintableDocument } from '../document';

export function documentToPlainText(doc: PrintableDocument): string {
  const out: string[] = [doc.title, ''];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'addressee':
      case 'heading':
        out.push(b.text);
        break;
      case 'paragraph':
        out.push(`\u3000\u3000${b.text}`);
        break;
      case 'list':
        b.items.forEach((item, i) => out.push(b.ordered ? `${i + 1}. ${item}` : `· ${item}`));
        break;
      case 'table':
        out.push(b.columns.join('｜'));
        for (const row of b.rows) out.push(row.filter((c) => c !== '').join('｜'));
        break;
      case 'signature':
        for (const [i, c] of (b.closing ?? []).entries()) out.push(i === 0 ? `\u3000\u3000${c}` : c);
        out.push('');
        for (const l of b.lines) out.push(`${l.label}${l.value === '' ? '＿＿＿＿＿＿' : l.value}`);
        break;
      case 'page-break':
        out.push('', '——————', '');
        break;
      default:
        assertNever(b, 'unknown document block');
    }
  }
  return out.join('\n') + '\n';
}
