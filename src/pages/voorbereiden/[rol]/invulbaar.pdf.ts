/** Built once at build time: the blank preparation sheet as a fillable PDF (AcroForm). */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildFillablePdf } from '../../../lib/pdf/index.ts';
import { SHEETS, type SheetAudience } from '../../../lib/forms/sheets/index.ts';
import { fillableModel } from '../../../lib/forms/pdfModel.ts';

export function getStaticPaths() {
  return (Object.keys(SHEETS) as SheetAudience[]).map((rol) => ({ params: { rol } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { def } = SHEETS[params.rol as SheetAudience];
  const fontDir = join(process.cwd(), 'public', 'fonts');
  const [regular, bold] = await Promise.all([readFile(join(fontDir, 'DejaVuSans.ttf')), readFile(join(fontDir, 'DejaVuSans-Bold.ttf'))]);
  const bytes = await buildFillablePdf(fillableModel(def), { regular, bold });
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
