/**
 * Version of the PDF engine. The same model and the same engine version give the same bytes, in
 * any process and browser. Bump it whenever the bytes of a PDF can change (layout, fonts, writer).
 * Kept apart from the writer so that the reader (/controleren/) can import it alone.
 */
export const PDF_ENGINE_VERSION = '2.1.0';
export const CREATOR = 'Gesprekswijzer';
export const PRODUCER = `Gesprekswijzer PDF-engine ${PDF_ENGINE_VERSION}`;
/** Custom key in the document information dictionary that carries PDF_ENGINE_VERSION. */
export const ENGINE_INFO_KEY = 'GesprekswijzerEngine';
