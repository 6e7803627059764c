/** The table block: header row, wrapped cells, rows that break across pages with a repeated header. */
import type { Face, Layout } from './layout.ts';
import type { TableColumn } from './model.ts';
import { COLOR, GAP, TYPE } from './theme.ts';

const CELL_PAD_X = 4.5;
const CELL_PAD_Y = 3.6;

export function table(l: Layout, columns: readonly TableColumn[], rows: readonly (readonly string[])[]): void {
  if (columns.length === 0) return;
  const reg = l.faces.regular;
  const bold = l.faces.bold;
  const size = TYPE.table;
  const leading = TYPE.tableLeading;
  const fractions = columns.map((c) => (typeof c.width === 'number' && c.width > 0 && Number.isFinite(c.width) ? c.width : 1));
  const sum = fractions.reduce((a, b) => a + b, 0);
  const widths = fractions.map((f) => (l.width * f) / sum);
  const xs: number[] = [];
  let acc = l.left;
  for (const w of widths) {
    xs.push(acc);
    acc += w;
  }
  const inner = (c: number) => Math.max((widths[c] as number) - 2 * CELL_PAD_X, size);
  const headerLines = columns.map((c, i) => l.wrap(c.header, bold, size, inner(i)));
  const headerRows = Math.max(1, ...headerLines.map((h) => h.length));
  const headerH = headerRows * leading + 2 * CELL_PAD_Y;

  const drawHeader = () => {
    const top = l.y;
    l.rect(l.left, top - headerH, l.width, headerH, { fill: COLOR.headerFill, stroke: COLOR.border, lineWidth: 0.6 });
    columns.forEach((_, c) => {
      let lineTop = top - CELL_PAD_Y;
      for (const line of headerLines[c] as string[]) {
        l.text(line, (xs[c] as number) + CELL_PAD_X, l.baseline(lineTop, bold, size, leading), bold, size, COLOR.text);
        lineTop -= leading;
      }
      if (c > 0) l.line(xs[c] as number, top, xs[c] as number, top - headerH, 0.6, COLOR.border);
    });
    l.y -= headerH;
  };

  const drawSlice = (cells: string[][], start: number, count: number, zebra: boolean) => {
    const h = count * leading + 2 * CELL_PAD_Y;
    const top = l.y;
    if (zebra) l.rect(l.left, top - h, l.width, h, { fill: COLOR.zebraFill });
    cells.forEach((lines, c) => {
      let lineTop = top - CELL_PAD_Y;
      for (let i = start; i < start + count && i < lines.length; i++) {
        const line = lines[i] as string;
        if (line) l.text(line, (xs[c] as number) + CELL_PAD_X, l.baseline(lineTop, reg, size, leading), reg, size, COLOR.text);
        lineTop -= leading;
      }
    });
    l.rect(l.left, top - h, l.width, h, { stroke: COLOR.border, lineWidth: 0.6 });
    for (let c = 1; c < columns.length; c++) l.line(xs[c] as number, top, xs[c] as number, top - h, 0.6, COLOR.border);
    l.y -= h;
  };

  const firstRowH =
    rows.length > 0 ? Math.min(3, rowLineCount(l, rows[0] as string[], columns.length, reg, size, inner)) * leading + 2 * CELL_PAD_Y : 0;
  l.ensure(headerH + firstRowH);
  drawHeader();
  const pageRoom = l.top - l.bottom - headerH;

  rows.forEach((row, r) => {
    const cells = columns.map((_, c) => {
      const lines = l.wrap(row?.[c] ?? '', reg, size, inner(c));
      while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
      return lines;
    });
    const n = Math.max(1, ...cells.map((c) => c.length));
    const h = n * leading + 2 * CELL_PAD_Y;
    const zebra = r % 2 === 1;
    if (h <= l.remaining() + 0.01) {
      drawSlice(cells, 0, n, zebra);
      return;
    }
    if (h <= pageRoom) {
      l.newPage();
      drawHeader();
      drawSlice(cells, 0, n, zebra);
      return;
    }
    // Taller than a page: split the row between lines, repeating the header on each page.
    let start = 0;
    while (start < n) {
      const fit = Math.floor((l.remaining() - 2 * CELL_PAD_Y) / leading);
      if (fit < 2) {
        l.newPage();
        drawHeader();
        continue;
      }
      const count = Math.min(fit, n - start);
      drawSlice(cells, start, count, zebra);
      start += count;
      if (start < n) {
        l.newPage();
        drawHeader();
      }
    }
  });
  l.y -= GAP.block + 2;
}

function rowLineCount(l: Layout, row: readonly string[], cols: number, face: Face, size: number, inner: (c: number) => number): number {
  let n = 1;
  for (let c = 0; c < cols; c++) n = Math.max(n, l.wrap(row[c] ?? '', face, size, inner(c)).length);
  return n;
}
