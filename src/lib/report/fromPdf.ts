/**
 * Reading a report back from a PDF made by the site (the embedded 'verslag.json'), and from any
 * file a user picks (PDF or export file). Never throws; Dutch messages say what is wrong.
 */
import { parseJson } from '../shared/json.ts';
import { fail, type Result } from '../shared/result.ts';
import { readReportJson, type ReportEnvelope } from './codec.ts';
import { REPORT_ATTACHMENT } from './files.ts';

export const PDF_MESSAGES = {
  notPdf: 'Dit bestand is geen PDF, of de PDF is beschadigd. Kies de PDF van het verslag die je van Gesprekswijzer kreeg.',
  noReport: 'In deze PDF zitten geen gegevens van een verslag. Alleen een verslag-PDF van Gesprekswijzer (gemaakt met “Download PDF”) kan hier geopend worden; een afgedrukte of opnieuw opgeslagen PDF heeft die gegevens niet meer.',
  preparation: 'Dit is de PDF van een voorbereiding, geen verslag. Gebruik hem op de pagina Verslag bij "Begin met de voorbereidingen".',
  invalid: 'De gegevens in deze PDF kunnen niet gelezen worden.',
} as const;

/** Reads one embedded file's bytes (null when there is none); may throw a PdfReadError for an unreadable PDF. */
export type AttachmentReader = (bytes: Uint8Array, name: string) => Promise<Uint8Array | null | undefined>;

export function looksLikePdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** The JSON text of an embedded file, or a Dutch message. */
export async function embeddedText(bytes: Uint8Array, name: string, read: AttachmentReader): Promise<Result<string | null>> {
  if (!looksLikePdf(bytes)) return fail(PDF_MESSAGES.notPdf, 'not-pdf');
  let data: Uint8Array | null | undefined;
  try {
    data = await read(bytes, name);
  } catch (e) {
    // The engine's PdfReadError says precisely why (damaged, password, too large…), in Dutch.
    const engine = e instanceof Error && e.name === 'PdfReadError' && e.message ? e.message : '';
    return fail(engine || PDF_MESSAGES.notPdf, 'unreadable');
  }
  if (!data || data.length === 0) return { ok: true, value: null };
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    return fail(`${PDF_MESSAGES.invalid} De tekst is beschadigd.`, 'invalid');
  }
}

export async function readReportFromPdf(bytes: Uint8Array, read: AttachmentReader, preparationAttachment?: string): Promise<Result<ReportEnvelope>> {
  const text = await embeddedText(bytes, REPORT_ATTACHMENT, read);
  if (!text.ok) return text;
  if (text.value === null) {
    if (preparationAttachment) {
      const prep = await embeddedText(bytes, preparationAttachment, read);
      if (prep.ok && prep.value) return fail(PDF_MESSAGES.preparation, 'preparation');
    }
    return fail(PDF_MESSAGES.noReport, 'no-report');
  }
  const json = parseJson(text.value);
  if (!json.ok) return fail(`${PDF_MESSAGES.invalid} ${json.message}`, 'invalid');
  const r = readReportJson(json.value);
  return r.ok ? r : fail(`${PDF_MESSAGES.invalid} ${r.message}`, 'invalid');
}

/** A report from the text of an export file (or a hand-made JSON). */
export function readReportText(text: string): Result<ReportEnvelope> {
  const json = parseJson(text);
  if (!json.ok) return fail(`${json.message} Er is niets veranderd.`, json.code);
  return readReportJson(json.value);
}
