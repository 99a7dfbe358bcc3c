/**
 * Paints a laid-out A4 page (dom-pages.tsx) on a canvas with the phone's own fonts, every
 * character where the browser put it, and encodes it for the PDF: 16-level grey, deflated
 * (sharp text at a fraction of a JPEG's size), or a JPEG where the browser cannot deflate.
 */
import { PAGE, type LaidOutPage } from './dom-pages';

/** Canvas pixels per CSS px: 192 dpi, sharp when printed. */
export const SCALE = 2;

/** Opening punctuation: when the browser trims its blank half (text-spacing-trim), the ink is on the right. */
const OPENING = new Set('（〔［｛〈《「『【“‘');

export function paintPage(page: LaidOutPage, scale = SCALE): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(PAGE.width * scale);
  canvas.height = Math.round(PAGE.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#000';
  for (const b of page.bars) ctx.fillRect(b.x, b.y, b.w, b.h);
  ctx.textBaseline = 'alphabetic';
  for (const run of page.runs) {
    ctx.font = run.font;
    for (const g of run.glyphs) {
      if (g.ch === ' ' || g.ch === '\u3000') continue;
      let x = g.x;
      if (OPENING.has(g.ch)) {
        const advance = ctx.measureText(g.ch).width;
        if (g.w < advance * 0.8) x -= advance - g.w;
      }
      ctx.fillText(g.ch, x, g.y);
    }
  }
  return canvas;
}

export interface PageImage {
  data: Uint8Array;
  width: number;
  height: number;
  /** 'grey4': 4-bit DeviceGray, FlateDecode; 'jpeg': DeviceRGB, DCTDecode */
  kind: 'grey4' | 'jpeg';
}

/** The canvas as 4-bit grey (two pixels a byte, rows padded to a byte), before deflating. */
export function grey4(rgba: Uint8ClampedArray, width: number, height: number): Uint8Array {
  const rowBytes = Math.ceil(width / 2);
  const out = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      const lum = (rgba[p] * 299 + rgba[p + 1] * 587 + rgba[p + 2] * 114) / 1000;
      const v = Math.round((lum * 15) / 255);
      const o = y * rowBytes + (x >> 1);
      out[o] |= x & 1 ? v : v << 4;
    }
    if (width & 1) out[y * rowBytes + rowBytes - 1] |= 0x0f; // pad with white
  }
  return out;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function jpeg(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => {
        if (!blob) return reject(new Error('no image'));
        blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), reject);
      },
      'image/jpeg',
      0.7,
    ),
  );
}

export async function encodePage(canvas: HTMLCanvasElement): Promise<PageImage> {
  const { width, height } = canvas;
  if (typeof CompressionStream === 'function') {
    const ctx = canvas.getContext('2d');
    if (ctx) {
      const pixels = ctx.getImageData(0, 0, width, height).data;
      return { data: await deflate(grey4(pixels, width, height)), width, height, kind: 'grey4' };
    }
  }
  return { data: await jpeg(canvas), width, height, kind: 'jpeg' };
}
