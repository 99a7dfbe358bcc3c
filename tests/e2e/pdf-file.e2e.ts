/**
 * The PDF file made on the device against the browser's print of the same letter, in real
 * Chromium: a hardship letter with amounts that used to break (3,080.00元, 1,172.06元) is
 * printed with page.pdf (the print view) and made into a file with the button; both are
 * rendered with pdftoppm and compared page for page (same count, pixels nearly the same),
 * and the file's invisible text is read back with pdftotext: the key request whole, every
 * amount on one line. The figures (bytes per page, pixel difference) go to
 * test-results/pdf-file-figures.json and the log.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, foreignRequests, openBrowser, type BrowserSession } from './support/browser';
import { addDebtThroughForm } from './support/ledger-page';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/**
 * Page likeness, measured on this letter. Both files are rendered at 96 dpi in grey and
 * compared as maps of ink: the mean absolute difference (0–255) of 8 × 8-pixel cells (about
 * 2 mm), which ignores how each renderer antialiases a glyph (per pixel the two differ by
 * 6–14 even where every character is in its place) but not where text and rules sit.
 * Measured: 3.5, 2.1 and 1.7 for the three pages of the file against the print; the print
 * against itself moved down half a line: 14.5, 10.7 and 6.4, a whole line: 12.8, 9.6, 6.0.
 * Each page must stay under MAX_MEAN_DIFFERENCE and under half of its own half-line figure.
 */
const MAX_MEAN_DIFFERENCE = 4.5;
const DPI = 96;
const CELL = 8;

interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

function readPgm(path: string): Grey {
  const bytes = readFileSync(path);
  // P5\n<width> <height>\n255\n<pixels>
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at]))) at++;
    let s = '';
    while (!/\s/.test(String.fromCharCode(bytes[at]))) s += String.fromCharCode(bytes[at++]);
    fields.push(s);
  }
  at++;
  return { width: Number(fields[1]), height: Number(fields[2]), pixels: bytes.subarray(at) };
}

function renderPages(pdf: string, dir: string, prefix: string): Grey[] {
  execFileSync('pdftoppm', ['-r', String(DPI), '-gray', pdf, join(dir, prefix)]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix + '-') && f.endsWith('.pgm'))
    .sort((a, b) => Number(/-(\d+)\.pgm$/.exec(a)![1]) - Number(/-(\d+)\.pgm$/.exec(b)![1]))
    .map((f) => readPgm(join(dir, f)));
}

/** The same page moved down by `rows` pixels (white comes in at the top). */
function movedDown(g: Grey, rows: number): Grey {
  const pixels = new Uint8Array(g.pixels.length).fill(255);
  pixels.set(g.pixels.subarray(0, g.width * (g.height - rows)), g.width * rows);
  return { ...g, pixels };
}

/** Mean ink per CELL × CELL cell, over the area both share (Chromium's A4 is 594.96 × 841.92 pt, the file's 595.28 × 841.89). */
function cellDifference(a: Grey, b: Grey): number {
  expect(Math.abs(a.width - b.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(a.height - b.height)).toBeLessThanOrEqual(1);
  const cols = Math.floor(Math.min(a.width, b.width) / CELL);
  const rows = Math.floor(Math.min(a.height, b.height) / CELL);
  const cell = (g: Grey, cx: number, cy: number) => {
    let sum = 0;
    for (let y = cy * CELL; y < (cy + 1) * CELL; y++)
      for (let x = cx * CELL; x < (cx + 1) * CELL; x++) sum += g.pixels[y * g.width + x];
    return sum / (CELL * CELL);
  };
  let total = 0;
  for (let cy = 0; cy < rows; cy++)
    for (let cx = 0; cx < cols; cx++) total += Math.abs(cell(a, cx, cy) - cell(b, cx, cy));
  return total / (rows * cols);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const KEY_REQUEST =
  '以上方案以透支本金为还款基数。恳请贵行减免已产生的利息、违约金及其他费用，并在本人按方案还款期间停止计收利息、年费、违约金及其他费用。';

describe('the PDF file made on the device', () => {
  it('matches the printed letter page for page, with its text searchable and every amount whole', async () => {
    session = await openBrowser();
    const { page, baseUrl } = session;

    await addDebtThroughForm(page, baseUrl, {
      lender: '示例银行',
      last4: '1234',
      principal: '3080',
      interest: '1172.06',
      fees: '350.5',
      firstMissedDue: '2026-05-05',
    });
    await page.goto(baseUrl + '/budget');
    await page.getByRole('heading', { level: 1, name: '收支表' }).waitFor();
    await page.getByLabel('工资金额（元）').fill('4500');
    await page.getByLabel('房租或房贷金额（元）').fill('1500');
    await page.getByLabel('伙食金额（元）').fill('1200');
    await page.getByLabel('医疗金额（元）').fill('627.94');
    await page.getByLabel('医疗说明（可选，一句话）').fill('母亲慢性病药费');
    await page.getByRole('button', { name: '保存收支表' }).click();
    await page.getByText('收支表已保存').waitFor();
    await page.getByRole('link', { name: '下一步：还款方案' }).click();
    await page.getByLabel('首期还款日').fill('2027-01-10');
    const card = page.locator('[data-debt]').filter({ hasText: '示例银行' });
    await card.getByRole('link', { name: '为这笔写申请书' }).click();

    await page.getByRole('heading', { level: 1, name: '个性化分期还款申请书（第七十条）' }).waitFor();
    await page.getByLabel('你的姓名').fill('李明');
    await page.getByLabel('身份证号码').fill('110101199001011234');
    await page.getByLabel('联系方式', { exact: true }).fill('13800000000');
    await page.getByLabel('写信日期').fill('2026-11-28');
    await page
      .getByLabel('你遇到的困难（用你自己的话写）')
      .fill(
        '今年3月公司裁员，我失业了四个月，其间每月只有失业保险金1,172.06元。\n现在的工作工资比以前低了一半，每月房租和药费合计3,080.00元左右。',
      );
    await page.getByRole('button', { name: '保存这封信' }).click();
    await page.getByText('已保存。以后可以在“信件”里原样再打印。').waitFor();
    await page.locator('h1.page-title', { hasText: '个性化分期还款申请书' }).waitFor();

    const dir = mkdtempSync(join(tmpdir(), 'shore-pdf-'));
    try {
      const printPath = join(ARTIFACTS_DIR, 'hardship-print.pdf');
      await page.pdf({ path: printPath, format: 'A4', preferCSSPageSize: true });

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '生成 PDF 文件（发微信或去打印店）' }).click();
      const filePath = join(ARTIFACTS_DIR, 'hardship-device.pdf');
      await (await download).saveAs(filePath);
      expect(readFileSync(filePath).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');

      // Page for page: the same number of pages, each nearly the same pixels.
      const printed = renderPages(printPath, dir, 'print');
      const made = renderPages(filePath, dir, 'file');
      expect(printed.length).toBeGreaterThanOrEqual(2);
      expect(made.length).toBe(printed.length);
      const halfLine = Math.round((12 * 1.6 * DPI) / 72 / 2);
      const differences = made.map((m, i) => round2(cellDifference(m, printed[i])));
      const halfLineOff = printed.map((p) => round2(cellDifference(movedDown(p, halfLine), p)));
      differences.forEach((d, i) => {
        expect(d, `page ${i + 1}`).toBeLessThan(MAX_MEAN_DIFFERENCE);
        expect(d, `page ${i + 1} against its print moved half a line`).toBeLessThan(halfLineOff[i] / 2);
      });
      // A page against the next one is far apart.
      expect(cellDifference(made[0], printed[1])).toBeGreaterThan(MAX_MEAN_DIFFERENCE * 2);

      // The file's text: searchable, the key request whole, amounts never split across lines.
      const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', filePath, '-'], { encoding: 'utf8' });
      const flat = lines.replace(/\s+/g, '');
      for (const phrase of [
        '个性化分期还款申请书',
        '示例银行信用卡中心：',
        '申请人：李明，身份证号码：110101199001011234。',
        KEY_REQUEST,
        '请通过以下方式与本人联系：电话13800000000。',
        '日期：2026年11月28日',
      ])
        expect(flat, phrase).toContain(phrase);
      for (const amount of ['3,080.00元', '1,172.06元', '350.50元', '4,602.56元', '2026年11月28日']) {
        expect(lines, amount).toContain(amount);
      }
      // …and in the print view too (the same markup).
      const printedLines = execFileSync('pdftotext', ['-enc', 'UTF-8', printPath, '-'], { encoding: 'utf8' });
      for (const amount of ['3,080.00元', '1,172.06元', '4,602.56元']) expect(printedLines, amount).toContain(amount);

      // A browser without CompressionStream (iOS before 16.4) gets JPEG pages, drawn at 144 dpi.
      await page.evaluate(() => Reflect.deleteProperty(window, 'CompressionStream'));
      const jpegDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: '生成 PDF 文件（发微信或去打印店）' }).click();
      const jpegPath = join(ARTIFACTS_DIR, 'hardship-device-jpeg.pdf');
      await (await jpegDownload).saveAs(jpegPath);
      const jpegPages = renderPages(jpegPath, dir, 'jpeg');
      expect(jpegPages.length).toBe(printed.length);
      const jpegDifferences = jpegPages.map((m, i) => round2(cellDifference(m, printed[i])));
      for (const d of jpegDifferences) expect(d).toBeLessThan(MAX_MEAN_DIFFERENCE);
      expect(execFileSync('pdfimages', ['-list', jpegPath], { encoding: 'utf8' })).toMatch(/ jpeg /);
      expect(execFileSync('pdftotext', ['-enc', 'UTF-8', jpegPath, '-'], { encoding: 'utf8' })).toBe(lines);

      const bytes = statSync(filePath).size;
      const figures = {
        pages: made.length,
        printedBytes: statSync(printPath).size,
        fileBytes: bytes,
        fileBytesPerPage: Math.round(bytes / made.length),
        cellDifference: differences,
        printMovedHalfALine: halfLineOff,
        jpegFileBytesPerPage: Math.round(statSync(jpegPath).size / jpegPages.length),
        jpegCellDifference: jpegDifferences,
      };
      process.stdout.write(`PDF file figures: ${JSON.stringify(figures)}\n`);
      writeFileSync(join(ARTIFACTS_DIR, 'pdf-file-figures.json'), JSON.stringify(figures, null, 2));
      writeFileSync(join(ARTIFACTS_DIR, 'hardship-device.txt'), lines);
      // Page 2 (the key request) as a phone shows the file, 390 px wide, for the closing note.
      execFileSync('pdftoppm', [
        ...['-f', '2', '-l', '2', '-png', '-singlefile', '-scale-to-x', '390', '-scale-to-y', '-1'],
        ...[filePath, join(ARTIFACTS_DIR, 'pdf-file-page-2-390w')],
      ]);
      expect(figures.fileBytesPerPage).toBeLessThanOrEqual(150_000);
      expect(figures.jpegFileBytesPerPage).toBeLessThanOrEqual(150_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
