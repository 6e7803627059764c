/** The signature blocks (name, role, date, choice, drawing) and the QR note that ends a report. */
import type { Layout } from './layout.ts';
import type { SignatureBlock } from './model.ts';
import { drawLines } from './layout.ts';
import { COLOR, GAP, TYPE, type Rgb } from './theme.ts';

const SIG_GAP = 24;
const SIG_DRAW_H = 62;

export function signatures(l: Layout, items: readonly SignatureBlock[]): void {
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
export function qrNote(l: Layout, modules: readonly boolean[][], titleText: string, body: string): void {
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
