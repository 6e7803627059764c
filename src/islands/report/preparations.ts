/** Reading a preparation sheet (PDF or back-up file) for "Begin met de voorbereidingen"; loaded on demand. */
import type { Envelope } from '../../lib/documents/envelope.ts';
import { openEnvelope } from '../../lib/documents/envelope.ts';
import type { FormData } from '../../lib/forms/definition.ts';
import { SHEETS, type SheetAudience } from '../../lib/forms/sheets/index.ts';
import { looksLikePdf } from '../../lib/report/fromPdf.ts';
import { isRecord, parseJson } from '../../lib/shared/json.ts';
import { fail, type Result } from '../../lib/shared/result.ts';
import { readChosenFile } from '../ui/download.ts';
import { loadPdfTools, utf8 } from './readFile.ts';

/** A preparation sheet of either role (recognised from the file), from its PDF or back-up file. Never throws. */
export async function readPreparationFile(file: File): Promise<Result<{ audience: SheetAudience; env: Envelope<FormData> }>> {
  const read = await readChosenFile(file);
  if (!read.ok) return read;
  let text: string | null;
  if (looksLikePdf(read.value)) {
    try {
      const tools = await loadPdfTools();
      const data = await tools.attachment(read.value, tools.PREPARATION_ATTACHMENT);
      if (!data) return fail('In deze PDF zitten geen gegevens van een voorbereiding. Gebruik de PDF die je met “Download als PDF” op de voorbereidingspagina maakte, of de reservekopie (.json).');
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
