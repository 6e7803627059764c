/** Loaded on demand in the browser: builds the PDF of a filled preparation sheet. */
import { loadPdfEngine } from '../pdf/loader.ts';
import type { FormData, FormDefinition } from './definition.ts';
import { sheetToPdfModel } from './sheetPdfModel.ts';

export async function buildSheetPdf(def: FormDefinition, data: FormData, now: Date): Promise<Uint8Array> {
  return (await loadPdfEngine()).buildPdf(sheetToPdfModel(def, data, now));
}
