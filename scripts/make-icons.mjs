// Draws the app icons (a rising sun over a shoreline) as PNGs with no dependencies.
// Run: node scripts/make-icons.mjs  → public/icons/*.png (committed).
import { writeFileSync } from 'node:fs';
import { png } from './png-encoder.mjs';

const TEAL = [31, 95, 91];
const SAND = [247, 245, 240];
const SUN = [244, 196, 98];

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
