/** Block renderers: each draws one Block at the layout cursor, breaking pages as needed. */
import { drawLines, type Layout } from './layout.ts';
import type { Block } from './model.ts';
import { qrNote, signatures } from './renderSignatures.ts';
import { table } from './renderTable.ts';
import { COLOR, GAP, TYPE, type Rgb } from './theme.ts';

export { drawLines };

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
