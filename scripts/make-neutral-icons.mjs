// Draws the discreet install icons (a plain ruled notepad) for the "neutral name and icon"
// option, as PNGs with no dependencies. Run: node scripts/make-neutral-icons.mjs
// → public/icons/neutral-*.png (committed). See src/lib/install-identity.ts.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const PAPER = [250, 248, 240];
const BACKGROUND = [96, 110, 120];
const LINE = [190, 198, 204];
const MARGIN = [214, 120, 110];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const [pr, pg, pb] = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          r += pr;
          g += pg;
          b += pb;
        }
      const o = y * (size * 3 + 1) + 1 + x * 3;
      raw[o] = r / 16;
      raw[o + 1] = g / 16;
      raw[o + 2] = b / 16;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function notepad(scale) {
  return (u, v) => {
    const x = (u - 0.5) / scale + 0.5;
    const y = (v - 0.5) / scale + 0.5;
    if (x < 0.2 || x > 0.8 || y < 0.14 || y > 0.86) return BACKGROUND;
    if (Math.abs(x - 0.32) < 0.008) return MARGIN;
    for (let line = 0.3; line < 0.84; line += 0.1) if (Math.abs(y - line) < 0.007 && x > 0.24 && x < 0.76) return LINE;
    return PAPER;
  };
}
const out = 'public/icons/';
writeFileSync(out + 'neutral-192.png', png(192, notepad(1)));
writeFileSync(out + 'neutral-512.png', png(512, notepad(1)));
writeFileSync(out + 'neutral-maskable-512.png', png(512, notepad(0.75)));
writeFileSync(out + 'neutral-apple-touch-icon.png', png(180, notepad(0.95)));
console.log('neutral icons written');
