/** Built once at build time: the blank preparation sheet as a fillable PDF (AcroForm). */
import type { APIRoute } from 'astro';
import { buildFillablePdf } from '../../../lib/pdf/index.ts';
import { nodeFontSource } from '../../../lib/pdf/nodeFonts.ts';
import { SHEETS, type SheetAudience } from '../../../lib/forms/sheets/index.ts';
import { fillableModel } from '../../../lib/forms/pdfModel.ts';

export function getStaticPaths() {
  return (Object.keys(SHEETS) as SheetAudience[]).map((rol) => ({ params: { rol } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { def } = SHEETS[params.rol as SheetAudience];
  const bytes = await buildFillablePdf(fillableModel(def), nodeFontSource());
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
