import type { printZh } from '../zh-CN/print';

export const printEn: Record<keyof typeof printZh, string> = {
  'print.print': 'Print / save as PDF',
  'print.hint':
    'This is how it will look on paper. Tap "Print", then choose a printer or "Save as PDF" in the system dialog.',
};
