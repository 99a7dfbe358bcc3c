// Draws the app icons (a rising sun over a shoreline) as PNGs with no dependencies.
// Run: node scripts/make-icons.mjs  → public/icons/*.png (committed).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [31, 95, 91];
const SAND = [247, 245, 240];
const SUN = [244, 196, 98];

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
      // 4×4 supersampling for smooth edges
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
// Artwork in unit coordinates; `scale` shrinks it toward the centre (maskable safe zone).
function artwork(scale) {
  return (u, v) => {
    const x = (u - 0.5) / scale + 0.5;
    const y = (v - 0.5) / scale + 0.5;
    const shore = 0.62 + 0.035 * Math.sin(x * Math.PI * 2.2);
    if (y > shore) {
      const wave = 0.76 + 0.03 * Math.sin(x * Math.PI * 3 + 1);
      return y > wave && y < wave + 0.045 && x > 0.12 && x < 0.88 ? TEAL.map((c) => c + 40) : SAND;
    }
    const dx = x - 0.5,
      dy = y - 0.58;
    if (dx * dx + dy * dy < 0.2 * 0.2) return SUN;
    return TEAL;
  };
}
const out = 'public/icons/';
writeFileSync(out + 'icon-192.png', png(192, artwork(1)));
writeFileSync(out + 'icon-512.png', png(512, artwork(1)));
writeFileSync(out + 'icon-maskable-512.png', png(512, artwork(0.72)));
writeFileSync(out + 'apple-touch-icon.png', png(180, artwork(0.9)));
console.log('icons written');
