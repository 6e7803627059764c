/** Block renderers: each draws one Block at the layout cursor, breaking pages as needed. */
import type { Layout, Face } from './layout.ts';
import type { Block, SignatureBlock, TableColumn } from './model.ts';
import { COLOR, GAP, TYPE, type Rgb } from './theme.ts';

export function renderBlocks(l: Layout, blocks: readonly Block[]): void {
  for (const block of blocks) {
    if (!block || typeof block !== 'object') continue;
    renderBlock(l, block);
  }
}

export function renderBlock(l: Layout, b: Block): void {
  switch (b.type) {
    case 'title':
      return title(l, b.title, b.subtitle);
    case 'heading':
      return heading(l, b.text, b.level ?? 1);
    case 'paragraph':
      return paragraph(l, b.text, { muted: b.muted, size: b.size, empty: b.empty });
    case 'list':
      return list(l, b.items ?? [], b.ordered ?? false);
    case 'table':
      return table(l, b.columns ?? [], b.rows ?? []);
    case 'keyValue':
      return keyValue(l, b.items ?? []);
    case 'checkboxes':
      return checkboxes(l, b.items ?? []);
    case 'writingLines':
      return writingLines(l, b.count);
    case 'signatures':
      return signatures(l, b.items ?? []);
    case 'qrNote':
      return qrNote(l, b.modules ?? [], b.title ?? '', b.text ?? '');
    case 'spacer':
      l.advance(clamp(b.height ?? 12, 0, 400));
      return;
    case 'pageBreak':
      if (!l.atTop()) l.newPage();
      return;
    default:
      return;
  }
}

function clamp(n: unknown, min: number, max: number): number {
  const v = typeof n === 'number' && Number.isFinite(n) ? n : min;
  return Math.min(max, Math.max(min, v));
}

/**
 * Draws wrapped lines one by one from the cursor, starting a new page whenever the next line does
 * not fit. Empty lines (user blank lines) only advance the cursor.
 */
export function drawLines(l: Layout, lines: readonly string[], x: number, face: Face, size: number, leading: number, color: Rgb): void {
  for (const line of lines) {
    if (l.y - leading < l.bottom - 0.01) l.newPage();
    if (line.length > 0) l.text(line, x, l.baseline(l.y, face, size, leading), face, size, color);
    l.y -= leading;
  }
}

export function title(l: Layout, text: string, subtitle?: string): void {
  const bold = l.faces.bold;
  const reg = l.faces.regular;
  const lines = l.wrap(text, bold, TYPE.title, l.width);
  const subLines = subtitle ? l.wrap(subtitle, reg, TYPE.subtitle, l.width) : [];
  const titleLeading = TYPE.title * 1.22;
  const subLeading = TYPE.subtitle * 1.4;
  l.ensure(Math.min(lines.length * titleLeading + subLines.length * subLeading + 12, 200));
  drawLines(l, lines, l.left, bold, TYPE.title, titleLeading, COLOR.text);
  if (subLines.length > 0) {
    l.y -= 2;
    drawLines(l, subLines, l.left, reg, TYPE.subtitle, subLeading, COLOR.muted);
  }
  l.y -= 6;
  l.line(l.left, l.y, l.right, l.y, 0.9, COLOR.primary);
  l.y -= GAP.afterTitle;
}

export function heading(l: Layout, text: string, level: 1 | 2 | 3): void {
  const size = level === 1 ? TYPE.h1 : level === 2 ? TYPE.h2 : TYPE.h3;
  const before = level === 1 ? GAP.beforeH1 : level === 2 ? GAP.beforeH2 : GAP.beforeH3;
  const leading = size * 1.3;
  const face = l.faces.bold;
  const lines = l.wrap(text, face, size, l.width);
  // Keep the heading with at least two lines of what follows.
  const height = lines.length * leading + GAP.afterHeading + 2 * TYPE.bodyLeading;
  if (!l.atTop()) {
    if (!l.ensure(before + height)) l.y -= before;
  }
  drawLines(l, lines, l.left, face, size, leading, level === 1 ? COLOR.primary : COLOR.text);
  l.y -= GAP.afterHeading;
}

export interface ParagraphOptions {
  muted?: boolean;
  size?: number;
  empty?: 'dash' | 'skip';
  x?: number;
  width?: number;
  gapAfter?: number;
}

export function paragraph(l: Layout, text: string, opts: ParagraphOptions = {}): void {
  const size = clamp(opts.size ?? TYPE.body, 5, 40);
  const leading = size * 1.42;
  const face = l.faces.regular;
  const x = opts.x ?? l.left;
  const width = opts.width ?? l.width;
  let lines = l.wrap(text, face, size, width);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  let color: Rgb = opts.muted ? COLOR.muted : COLOR.text;
  if (lines.length === 0) {
    if (opts.empty === 'skip') return;
    lines = ['—'];
    color = COLOR.muted;
  }
  // No single first line at the bottom of a page.
  l.ensure(Math.min(lines.length, 2) * leading);
  drawLines(l, lines, x, face, size, leading, color);
  l.y -= opts.gapAfter ?? GAP.block;
}

function list(l: Layout, items: readonly string[], ordered: boolean): void {
  const face = l.faces.regular;
  const size = TYPE.body;
  const leading = TYPE.bodyLeading;
  const indent = ordered ? 20 : 14;
  items.forEach((item, i) => {
    const lines = l.wrap(item, face, size, l.width - indent);
    while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    l.ensure(Math.min(lines.length, 2) * leading);
    const marker = ordered ? `${i + 1}.` : '•';
    const baseline = l.baseline(l.y, face, size, leading);
    if (ordered) l.textRight(marker, l.left + indent - 5, baseline, face, size, COLOR.muted);
    else l.text(marker, l.left + 3, baseline, face, size, COLOR.primary);
    drawLines(l, lines, l.left + indent, face, size, leading, COLOR.text);
    l.y -= 2;
  });
  l.y -= GAP.block - 2;
}

const CELL_PAD_X = 4.5;
const CELL_PAD_Y = 3.6;

function table(l: Layout, columns: readonly TableColumn[], rows: readonly (readonly string[])[]): void {
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

function keyValue(l: Layout, items: readonly { key: string; value: string }[]): void {
  const reg = l.faces.regular;
  const bold = l.faces.bold;
  const keyW = Math.round(l.width * 0.3);
  const gap = 10;
  const valueW = l.width - keyW - gap;
  const size = TYPE.body;
  const keySize = TYPE.table;
  const leading = TYPE.bodyLeading;
  const padY = 3;
  if (items.length === 0) return;
  items.forEach((item, index) => {
    const keyLines = l.wrap(item?.key ?? '', bold, keySize, keyW);
    const valueLines = l.wrap(item?.value ?? '', reg, size, valueW);
    while (valueLines.length > 1 && valueLines[valueLines.length - 1] === '') valueLines.pop();
    if (valueLines.length === 1 && valueLines[0] === '') valueLines[0] = '—';
    const n = Math.max(keyLines.length, valueLines.length);
    // Rule above the first item and above the first item on a new page.
    if (l.ensure(Math.min(n, 3) * leading + 2 * padY) || index === 0) l.line(l.left, l.y, l.right, l.y, 0.5, COLOR.rule);
    l.y -= padY;
    for (let i = 0; i < n; i++) {
      if (l.y - leading < l.bottom - 0.01) {
        l.newPage();
        l.line(l.left, l.y, l.right, l.y, 0.5, COLOR.rule);
      }
      const k = keyLines[i];
      const v = valueLines[i];
      if (k) l.text(k, l.left, l.baseline(l.y, reg, size, leading), bold, keySize, COLOR.muted);
      if (v) l.text(v, l.left + keyW + gap, l.baseline(l.y, reg, size, leading), reg, size, v === '—' && n === 1 ? COLOR.muted : COLOR.text);
      l.y -= leading;
    }
    l.y -= padY;
    l.line(l.left, l.y, l.right, l.y, 0.5, COLOR.rule);
  });
  l.y -= GAP.block;
}

function checkboxes(l: Layout, items: readonly { label: string; checked: boolean }[]): void {
  const face = l.faces.regular;
  const size = TYPE.body;
  const leading = TYPE.bodyLeading;
  const indent = 18;
  const boxSize = 9;
  for (const item of items) {
    const lines = l.wrap(item?.label ?? '', face, size, l.width - indent);
    l.ensure(Math.min(lines.length, 2) * leading + 2);
    const baseline = l.baseline(l.y, face, size, leading);
    const bx = l.left + 1;
    const by = baseline - 1;
    l.rect(bx, by, boxSize, boxSize, { stroke: COLOR.text, lineWidth: 0.8, fill: [1, 1, 1] });
    if (item?.checked) {
      // A check mark drawn as a path.
      l.polylines([[bx + 1.9, by + 4.6, bx + 3.9, by + 2.3, bx + 7.4, by + 7.6]], 1.4, COLOR.primary);
    }
    drawLines(l, lines, l.left + indent, face, size, leading, COLOR.text);
    l.y -= 3;
  }
  l.y -= GAP.block - 3;
}

function writingLines(l: Layout, count: unknown): void {
  const n = Math.round(clamp(count, 0, 200));
  const step = 22;
  for (let i = 0; i < n; i++) {
    l.ensure(step);
    l.y -= step;
    l.line(l.left, l.y + 3, l.right, l.y + 3, 0.5, COLOR.border);
  }
  l.y -= GAP.block;
}

const SIG_GAP = 24;
const SIG_DRAW_H = 62;

function signatures(l: Layout, items: readonly SignatureBlock[]): void {
  const colW = (l.width - SIG_GAP) / 2;
  for (let i = 0; i < items.length; i += 2) {
    const row = items.slice(i, i + 2).filter((s) => s && typeof s === 'object');
    const heights = row.map((s) => signatureHeight(l, s, colW));
    const h = Math.max(0, ...heights);
    l.ensure(h);
    const top = l.y;
    row.forEach((s, c) => drawSignature(l, s, l.left + c * (colW + SIG_GAP), top, colW));
    l.y = top - h - 14;
    if (l.y < l.bottom) l.y = l.bottom;
  }
  l.y -= GAP.block;
}

interface SigText {
  face: 'regular' | 'bold';
  size: number;
  leading: number;
  color: Rgb;
  lines: string[];
}

function signatureTexts(l: Layout, s: SignatureBlock, w: number): SigText[] {
  const { regular, bold } = l.faces;
  const out: SigText[] = [];
  // A signature block never splits over pages, so each text is limited to a few lines.
  const add = (text: string | undefined, face: 'regular' | 'bold', size: number, color: Rgb, maxLines: number) => {
    if (!text || !String(text).trim()) return;
    const f = face === 'bold' ? bold : regular;
    let lines = l.wrap(String(text).trim(), f, size, w).filter((x) => x !== '');
    if (lines.length > maxLines) {
      lines = lines.slice(0, maxLines);
      lines[maxLines - 1] = l.fit(`${lines[maxLines - 1]}…`, f, size, w);
    }
    out.push({ face, size, leading: size * 1.35, color, lines });
  };
  add(s.name || '—', 'bold', TYPE.body, COLOR.text, 3);
  add(s.role, 'regular', TYPE.small, COLOR.muted, 2);
  add(s.date ? `Datum: ${s.date}` : undefined, 'regular', TYPE.small, COLOR.muted, 2);
  add(s.verdict ? capitalise(s.verdict) : undefined, 'bold', TYPE.small, COLOR.text, 2);
  if (s.typed) add('(getekend door de naam te typen)', 'regular', TYPE.small - 0.6, COLOR.muted, 2);
  add(s.note, 'regular', TYPE.small - 0.6, COLOR.muted, 6);
  return out;
}

function capitalise(s: string): string {
  const t = String(s).trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function signatureHeight(l: Layout, s: SignatureBlock, w: number): number {
  return SIG_DRAW_H + 6 + signatureTexts(l, s, w).reduce((h, t) => h + t.lines.length * t.leading, 0);
}

function drawSignature(l: Layout, s: SignatureBlock, x: number, top: number, w: number): void {
  const lineY = top - SIG_DRAW_H;
  if (s.strokes && s.strokes.length > 0) drawStrokes(l, s, x, lineY + 4, w, SIG_DRAW_H - 8);
  else if (s.typed && s.name) {
    const face = l.faces.regular;
    const name = l.prepare(s.name, face).replace(/\n/g, ' ');
    let size = 22;
    const natural = l.measure(name, face, size);
    if (natural > w - 8) size = Math.max(8, (size * (w - 8)) / natural);
    const shown = l.fit(name, face, size, w - 8);
    l.text(shown, x + 4, lineY + 10, face, size, COLOR.ink, { skew: 0.26 });
  }
  l.line(x, lineY, x + w, lineY, 0.8, COLOR.text);
  let y = lineY - 4;
  for (const t of signatureTexts(l, s, w)) {
    const face = t.face === 'bold' ? l.faces.bold : l.faces.regular;
    for (const line of t.lines) {
      l.text(line, x, l.baseline(y, face, t.size, t.leading), face, t.size, t.color);
      y -= t.leading;
    }
  }
}

/** Scales the strokes (box coordinates, y down) into the area (bottom-left x, y; size w × h) keeping the aspect ratio. */
function drawStrokes(l: Layout, s: SignatureBlock, x: number, y: number, w: number, h: number): void {
  const strokes = (s.strokes ?? []).map((st) =>
    (Array.isArray(st) ? st : []).filter((p) => p && Number.isFinite(p.x) && Number.isFinite(p.y)),
  );
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const st of strokes)
    for (const p of st) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
  if (!Number.isFinite(minX)) return;
  // Trim to the drawing's bounding box so a small signature on a wide pad is not drawn tiny,
  // but never enlarge more than 2.5× relative to the recorded surface (a dot stays a dot).
  const bx = minX;
  const by = minY;
  const bw = Math.max(maxX - minX, 1);
  const bh = Math.max(maxY - minY, 1);
  let scale = Math.min(w / bw, h / bh);
  const box = s.box;
  if (box && Number.isFinite(box.width) && Number.isFinite(box.height) && box.width > 0 && box.height > 0) {
    scale = Math.min(scale, 2.5 * Math.min(w / box.width, h / box.height));
  }
  const offX = x + 2;
  const offY = y + (h - bh * scale) / 2;
  const paths = strokes.map((st) => {
    const flat: number[] = [];
    let lastX = NaN;
    let lastY = NaN;
    for (const p of st) {
      const px = offX + (p.x - bx) * scale;
      const py = offY + (bh - (p.y - by)) * scale;
      // Drop points closer than 0.15 pt to the previous one: invisible, but bytes.
      if (Math.abs(px - lastX) < 0.15 && Math.abs(py - lastY) < 0.15) continue;
      flat.push(px, py);
      lastX = px;
      lastY = py;
    }
    return flat;
  });
  l.polylines(paths, 1.1, COLOR.ink);
}

const QR_SIZE = 72;

/** A QR code at the left (vector squares, one run per row of dark modules), title and text at the right. */
function qrNote(l: Layout, modules: readonly boolean[][], titleText: string, body: string): void {
  const n = Math.min(modules.length, 177);
  const textX = l.left + (n ? QR_SIZE + 14 : 0);
  const textW = l.right - textX;
  const titleLines = l.wrap(titleText, l.faces.bold, TYPE.body, textW);
  const bodyLines = l.wrap(body, l.faces.regular, TYPE.small, textW);
  const textH = titleLines.length * TYPE.bodyLeading + bodyLines.length * TYPE.small * 1.4;
  const h = Math.max(n ? QR_SIZE : 0, textH);
  l.ensure(h + 4);
  const top = l.y;
  if (n) {
    const cell = QR_SIZE / n;
    for (let y = 0; y < n; y++) {
      const row = modules[y] ?? [];
      for (let x = 0; x < n; x++) {
        if (!row[x]) continue;
        let end = x;
        while (end + 1 < n && row[end + 1]) end++;
        // A hair of overlap, so that anti-aliasing leaves no light seams between rows.
        l.rect(l.left + x * cell, top - (y + 1) * cell - 0.05, (end - x + 1) * cell + 0.05, cell + 0.05, { fill: COLOR.text });
        x = end;
      }
    }
  }
  l.y = top;
  drawLines(l, titleLines, textX, l.faces.bold, TYPE.body, TYPE.bodyLeading, COLOR.text);
  drawLines(l, bodyLines, textX, l.faces.regular, TYPE.small, TYPE.small * 1.4, COLOR.muted);
  l.y = Math.min(l.y, top - h) - GAP.block;
}
