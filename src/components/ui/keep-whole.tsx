/**
 * A text with its amounts, dates, card digits and case numbers kept on one line each
 * (which parts: src/lib/text/keep-whole.ts). Used by the letter renderer, so the preview,
 * the printed page and the PDF file made on the device (laid out from the same markup) never
 * show "3,⏎080.00元"; screens with amounts inside sentences use it too.
 */
import { keepWholeParts } from '../../lib/text/keep-whole';

export function KeepWhole({ text }: { text: string }) {
  const parts = keepWholeParts(text);
  if (parts.length === 1 && !parts[0].whole) return <>{text}</>;
  return (
    <>
      {parts.map((p, i) =>
        p.whole ? (
          <span key={i} className="nowrap">
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
