// Draws the discreet install icons (a plain ruled notepad) for the "neutral name and icon"
// option, as PNGs with no dependencies. Run: node scripts/make-neutral-icons.mjs
// → public/icons/neutral-*.png (committed). See src/lib/install-identity.ts.
import { writeFileSync } from 'node:fs';
import { png } from './png-encoder.mjs';

const PAPER = [250, 248, 240];
const BACKGROUND = [96, 110, 120];
const LINE = [190, 198, 204];
const MARGIN = [214, 120, 110];

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
