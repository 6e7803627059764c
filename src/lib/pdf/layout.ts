/**
 * Layout: pages, a vertical cursor, page breaks and a small drawing API that writes PDF content
 * operators as text (much faster than building one pdf-lib operator object per command). The
 * content of every page is flate-compressed when the layout is finished; footers are drawn last,
 * when the page count is known.
 */
import type { Face, Faces, Page, PdfDoc } from './document.ts';

export type { Face, Faces };
import { lineWidth, prepareText, visualOrder, wrapText } from './text.ts';
import { COLOR, PAGE, TYPE, type Rgb } from './theme.ts';


interface PageState {
  page: Page;
  out: string[];
  fontKeys: Map<Face, string>;
  font: Face | null;
  size: number;
  fill: string;
  stroke: string;
  lineWidth: number;
}

/** Formats a coordinate with at most 2 decimals. */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

function colorKey(c: Rgb): string {
  return `${num(c[0])} ${num(c[1])} ${num(c[2])}`;
}

export interface TextOptions {
  /** Horizontal shear (tan of the slant angle) for an oblique look. */
  skew?: number;
}

export class Layout {
  readonly doc: PdfDoc;
  readonly faces: Faces;
  readonly pages: PageState[] = [];
  readonly left = PAGE.marginX;
  readonly right = PAGE.width - PAGE.marginX;
  readonly width = PAGE.width - 2 * PAGE.marginX;
  readonly top = PAGE.height - PAGE.marginTop;
  readonly bottom = PAGE.marginBottom;
  /** Cursor: the top of the next thing to draw, in PDF coordinates (from the bottom). */
  y = 0;
  private current: PageState | null = null;
  /** Prepared-text cache (normalise + glyph replacement), per face. */
  private readonly prepared = new Map<Face, Map<string, string>>();

  constructor(doc: PdfDoc, faces: Faces) {
    this.doc = doc;
    this.faces = faces;
    this.newPage();
  }

  get page(): PageState {
    return this.current as PageState;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  newPage(): void {
    const page = this.doc.addPage();
    const state: PageState = {
      page,
      out: [],
      fontKeys: new Map(),
      font: null,
      size: 0,
      fill: '',
      stroke: '',
      lineWidth: -1,
    };
    this.pages.push(state);
    this.current = state;
    this.y = this.top;
  }

  /** Space left on the current page. */
  remaining(): number {
    return this.y - this.bottom;
  }

  /** True when nothing has been drawn below the top margin on this page yet. */
  atTop(): boolean {
    return this.y >= this.top - 0.01;
  }

  /** Starts a new page unless `height` fits below the cursor. Returns true when it broke the page. */
  ensure(height: number): boolean {
    if (this.y - height >= this.bottom - 0.01 || this.atTop()) return false;
    this.newPage();
    return true;
  }

  /** Moves the cursor down (never below the bottom margin). */
  advance(dy: number): void {
    this.y = Math.max(this.bottom, this.y - dy);
  }

  /** Text prepared for `face` (NFC, line breaks, missing glyphs replaced), cached. */
  prepare(text: unknown, face: Face): string {
    const raw = typeof text === 'string' ? text : text == null ? '' : String(text);
    let cache = this.prepared.get(face);
    if (!cache) {
      cache = new Map();
      this.prepared.set(face, cache);
    }
    let p = cache.get(raw);
    if (p === undefined) {
      p = prepareText(raw, face.m.has);
      if (cache.size > 5000) cache.clear();
      cache.set(raw, p);
    }
    return p;
  }

  /** Prepares and wraps text for a face, size and width. */
  wrap(text: unknown, face: Face, size: number, maxWidth: number): string[] {
    return wrapText(this.prepare(text, face), maxWidth, size, face.m.width);
  }

  /** Width of a prepared single line (sum of cached word widths and spaces). */
  measure(line: string, face: Face, size: number): number {
    return lineWidth(line, size, face.m.width);
  }

  /** Baseline for a line box whose top is `top`. */
  baseline(top: number, face: Face, size: number, leading: number): number {
    const glyphBox = (face.m.ascent - face.m.descent) * size;
    return top - (leading - glyphBox) / 2 - face.m.ascent * size;
  }

  private fontKey(face: Face): string {
    const p = this.page;
    let key = p.fontKeys.get(face);
    if (!key) {
      const resource = face.font.resourceName;
      p.page.fonts[resource] = face.font.ref;
      key = `/${resource}`;
      p.fontKeys.set(face, key);
    }
    return key;
  }

  private setFill(c: Rgb): void {
    const k = colorKey(c);
    if (this.page.fill !== k) {
      this.page.out.push(`${k} rg`);
      this.page.fill = k;
    }
  }

  private setStroke(c: Rgb, width: number): void {
    const k = colorKey(c);
    const p = this.page;
    if (p.stroke !== k) {
      p.out.push(`${k} RG`);
      p.stroke = k;
    }
    if (p.lineWidth !== width) {
      p.out.push(`${num(width)} w`);
      p.lineWidth = width;
    }
  }

  /** Draws one prepared line of text with its baseline at `y`. */
  text(line: string, x: number, y: number, face: Face, size: number, color: Rgb = COLOR.text, opts: TextOptions = {}): void {
    if (line.length === 0) return;
    const p = this.page;
    const key = this.fontKey(face);
    this.setFill(color);
    const hexText = `<${face.font.encode(visualOrder(line))}>`;
    const fontOp = p.font === face && p.size === size ? '' : `${key} ${num(size)} Tf `;
    p.font = face;
    p.size = size;
    const skew = opts.skew ? num(opts.skew) : '0';
    p.out.push(`BT ${fontOp}1 0 ${skew} 1 ${num(x)} ${num(y)} Tm ${hexText} Tj ET`);
  }

  /** Draws text aligned right at `xRight`. */
  textRight(line: string, xRight: number, y: number, face: Face, size: number, color: Rgb = COLOR.text): void {
    this.text(line, xRight - this.measure(line, face, size), y, face, size, color);
  }

  line(x1: number, y1: number, x2: number, y2: number, width: number, color: Rgb): void {
    this.setStroke(color, width);
    this.page.out.push(`${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
  }

  rect(x: number, y: number, w: number, h: number, opts: { fill?: Rgb; stroke?: Rgb; lineWidth?: number }): void {
    const r = `${num(x)} ${num(y)} ${num(w)} ${num(h)} re`;
    if (opts.fill) this.setFill(opts.fill);
    if (opts.stroke) this.setStroke(opts.stroke, opts.lineWidth ?? 0.5);
    const op = opts.fill && opts.stroke ? 'B' : opts.fill ? 'f' : opts.stroke ? 'S' : 'n';
    this.page.out.push(`${r} ${op}`);
  }

  /**
   * Strokes polylines (each a flat [x0, y0, x1, y1, …] list in page coordinates) with round caps
   * and joins. A single point becomes a dot.
   */
  polylines(paths: number[][], width: number, color: Rgb): void {
    this.setStroke(color, width);
    const p = this.page;
    p.out.push('1 J 1 j');
    for (const pts of paths) {
      if (pts.length < 2) continue;
      const parts: string[] = [`${num(pts[0] as number)} ${num(pts[1] as number)} m`];
      if (pts.length === 2) parts.push(`${num((pts[0] as number) + 0.01)} ${num(pts[1] as number)} l`);
      for (let i = 2; i + 1 < pts.length; i += 2) parts.push(`${num(pts[i] as number)} ${num(pts[i + 1] as number)} l`);
      parts.push('S');
      p.out.push(parts.join(' '));
    }
    p.out.push('0 J 0 j');
  }

  /** Draws the footer on every page and writes all page contents. */
  finish(footer: { left?: string; center?: string }): void {
    const total = this.pages.length;
    const face = this.faces.regular;
    const size = TYPE.footer;
    const left = footer.left ? this.prepare(footer.left, face).replace(/\n/g, ' ') : '';
    const center = footer.center ? this.prepare(footer.center, face).replace(/\n/g, ' ') : '';
    for (let i = 0; i < total; i++) {
      this.current = this.pages[i] as PageState;
      const y = PAGE.footerBaseline;
      this.line(this.left, PAGE.footerRule, this.right, PAGE.footerRule, 0.5, COLOR.rule);
      const pageLabel = `pagina ${i + 1} van ${total}`;
      const labelW = this.measure(pageLabel, face, size);
      const centerW = center ? this.measure(center, face, size) : 0;
      // Left text gets the room the centre and page label leave; it is shortened with … if needed.
      const leftMax = center ? this.width / 2 - centerW / 2 - 12 : this.width - labelW - 12;
      if (left) this.text(this.fit(left, face, size, leftMax), this.left, y, face, size, COLOR.muted);
      if (center) this.text(center, this.left + this.width / 2 - centerW / 2, y, face, size, COLOR.muted);
      this.text(pageLabel, this.right - labelW, y, face, size, COLOR.muted);
    }
    const encoder = new TextEncoder();
    for (const p of this.pages) {
      p.page.dict.Contents = this.doc.writer.addStream(encoder.encode(p.out.join('\n')));
    }
  }

  /** Shortens a prepared single line with an ellipsis so it fits `maxWidth`. */
  fit(line: string, face: Face, size: number, maxWidth: number): string {
    if (this.measure(line, face, size) <= maxWidth) return line;
    const chars = Array.from(line);
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.measure(chars.slice(0, mid).join('') + '…', face, size) <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    return chars.slice(0, lo).join('').trimEnd() + '…';
  }
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
