/** Reads a report, or a preparation, from a file a person picks: a PDF made by the site or a back-up file. */
import type { Envelope } from '../../lib/documents/envelope.ts';
import { openEnvelope } from '../../lib/documents/envelope.ts';
import { isRecord, parseJson } from '../../lib/shared/json.ts';
import type { FormData } from '../../lib/forms/definition.ts';
import { SHEETS, type SheetAudience } from '../../lib/forms/sheets/index.ts';
import type { ReportEnvelope } from '../../lib/report/codec.ts';
import { looksLikePdf, readReportText } from '../../lib/report/fromPdf.ts';
import { fail, type Result } from '../../lib/shared/result.ts';
import { readChosenFile } from '../ui/download.ts';

export const loadPdfTools = () => import('./pdfTools.ts');

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Never throws. */
export async function readReportFile(file: File): Promise<Result<ReportEnvelope>> {
  const read = await readChosenFile(file);
  if (!read.ok) return read;
  if (looksLikePdf(read.value) || /\.pdf$/i.test(file.name)) {
    try {
      return await (await loadPdfTools()).reportFromPdf(read.value);
    } catch (e) {
      console.error(e);
      return fail('De PDF kon niet gelezen worden. Laad de pagina opnieuw en probeer het nog eens.');
    }
  }
  const text = utf8(read.value);
  return text === null ? fail('Dit bestand is geen verslag van Gesprekswijzer: het is geen tekst (JSON) en geen PDF.') : readReportText(text);
}

/** A preparation sheet of either role (recognised from the file), from its PDF or back-up file. Never throws. */
export async function readPreparationFile(file: File): Promise<Result<{ audience: SheetAudience; env: Envelope<FormData> }>> {
  const read = await readChosenFile(file);
  if (!read.ok) return read;
  let text: string | null;
  if (looksLikePdf(read.value)) {
    try {
      const tools = await loadPdfTools();
      const data = await tools.attachment(read.value, tools.PREPARATION_ATTACHMENT);
      if (!data) return fail('In deze PDF zitten geen gegevens van een voorbereiding. Gebruik de PDF die je met "Download als PDF" op de voorbereidingspagina maakte, of de reservekopie (.json).');
      text = utf8(data);
    } catch (e) {
      return fail(e instanceof Error && e.name === 'PdfReadError' ? e.message : 'De PDF kon niet gelezen worden.');
    }
  } else text = utf8(read.value);
  const json = text === null ? null : parseJson(text);
  if (!json?.ok || !isRecord(json.value)) return fail('Dit bestand is geen voorbereiding van Gesprekswijzer.');
  const audience = (Object.keys(SHEETS) as SheetAudience[]).find((a) => SHEETS[a].codec.kind === (json.value as { kind?: unknown }).kind);
  if (!audience) return fail(json.value.kind === 'verslag' ? 'Dit is een verslag, geen voorbereiding. Gebruik "Neem over uit vorig verslag" bij de terugblik.' : 'Dit bestand is geen voorbereiding van Gesprekswijzer.');
  const r = openEnvelope(SHEETS[audience].codec, json.value);
  return r.ok ? { ok: true, value: { audience, env: r.value as Envelope<FormData> } } : r;
}
