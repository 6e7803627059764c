/**
 * The report → the PDF engine's document model. Pure and deterministic: the same report and
 * site address give the same model (the creation date comes from the data), so the same
 * engine gives the same bytes and the check page can re-render a file to compare it.
 * The PDF carries the report's data as an embedded file (like an e-invoice carries its XML).
 */
import { generate } from 'lean-qr';
import type { Block, PdfDocumentModel } from '../pdf/model.ts';
import { canonicalJson } from '../forms/canonical.ts';
import { documentPdfModel } from '../forms/pdfModel.ts';
import type { Json } from '../forms/kinds/index.ts';
import { ROLE_LABELS, SIGNER_ORDER } from '../forms/kinds/signatures.ts';
import { FORMAT } from '../documents/envelope.ts';
import { reportDefinition } from './declaration.ts';
import type { Report, ReportEnvelope } from './codec.ts';

export { REPORT_ATTACHMENT };
import { shortFingerprint } from './fingerprint.ts';
import { REPORT_ATTACHMENT } from './files.ts';
import type { SignatureStatuses, SignerState } from './signing.ts';

/** The data embedded in the PDF: the envelope without times or UI state, keys sorted. */
export function embeddedJson(env: Pick<ReportEnvelope, 'id' | 'data'>): string {
  return canonicalJson({ format: FORMAT, kind: reportDefinition.kind, version: reportDefinition.version, id: env.id, data: env.data as unknown as Json });
}

/** The PDF's creation date, from the data: the last signature, else noon on the day of the talk. */
export function creationDateOf(r: Report): Date {
  const signed = SIGNER_ORDER.map((role) => r.signatures[role]?.signedAt).filter((x): x is string => !!x).sort();
  const last = signed[signed.length - 1];
  if (last && !Number.isNaN(Date.parse(last))) return new Date(last);
  if (/^\d{4}-\d{2}-\d{2}$/.test(r.talkDate)) return new Date(`${r.talkDate}T12:00:00Z`);
  return new Date('2000-01-01T00:00:00Z');
}

function signatureNote(state: SignerState, role: 'manager' | 'employee', site: string): string {
  const s = state.signature;
  switch (state.status) {
    case 'missing':
      return role === 'employee' ? `Nog niet getekend. Open deze PDF op ${site}/verslag/ om het verslag te lezen en te tekenen.` : 'Nog niet getekend.';
    case 'valid':
      return role === 'manager' && s?.covers.length === 0
        ? `Vingerafdruk ${shortFingerprint(s.fingerprint)}. Geldt voor het verslag zonder de reactie van de medewerker.`
        : `Vingerafdruk ${shortFingerprint(s?.fingerprint ?? '')}. Geldt voor het verslag en de handtekening van de ${ROLE_LABELS[role === 'manager' ? 'employee' : 'manager'].toLowerCase()}.`;
    case 'legacy-valid':
      return `Vingerafdruk ${shortFingerprint(s?.fingerprint ?? '')} (oudere versie: geldt alleen voor de inhoud).`;
    default:
      return 'Let op: deze handtekening hoort niet bij deze versie van het verslag. Er is iets veranderd nadat er getekend werd.';
  }
}

/** 'https://gesprekswijzer.be' (no trailing slash). */
export const siteOrigin = (site: string): string => site.replace(/\/+$/, '');

export function reportPdfModel(env: Pick<ReportEnvelope, 'id' | 'data'>, statuses: SignatureStatuses, site: string): PdfDocumentModel {
  const r = env.data;
  const origin = siteOrigin(site);
  const short = shortFingerprint(statuses.document);
  const qr = generate(`${origin}/controleren/`);
  const modules = Array.from({ length: qr.size }, (_, y) => Array.from({ length: qr.size }, (_, x) => qr.get(x, y)));
  const howTo: Block[] = [
    {
      type: 'qrNote',
      modules,
      title: 'Zo teken of controleer je dit verslag',
      text:
        `Tekenen: open ${origin}/verslag/ en kies “Open een verslag” met deze PDF. ` +
        `Controleren: op ${origin}/controleren/ (of scan de code) zie je of dit bestand nog is zoals Gesprekswijzer het maakte, en of de handtekeningen bij deze inhoud horen. Alles gebeurt in je eigen browser.`,
    },
    {
      type: 'paragraph',
      muted: true,
      text: `Vingerafdruk van dit verslag met de handtekeningen: ${short}. Bewaar allebei een exemplaar. Hebben jullie dezelfde code, dan hebben jullie hetzelfde verslag.`,
    },
  ];
  const model = documentPdfModel(reportDefinition, r, {
    creationDate: creationDateOf(r),
    subject: 'Verslag van een functioneringsgesprek, met afspraken en handtekeningen',
    keywords: ['functioneringsgesprek', 'verslag', ...(r.employeeName.trim() ? [r.employeeName.trim()] : []), ...(r.talkDate ? [r.talkDate] : [])],
    author: r.writtenBy.trim() || r.managerName.trim() || undefined,
    footerCenter: `Vingerafdruk ${short}`,
    signatureNotes: { manager: signatureNote(statuses.manager, 'manager', origin), employee: signatureNote(statuses.employee, 'employee', origin) },
    after: howTo,
    attachments: [
      {
        name: REPORT_ATTACHMENT,
        data: new TextEncoder().encode(embeddedJson(env)),
        mimeType: 'application/json',
        description: 'Het verslag als gegevens, om het opnieuw te openen en te controleren in Gesprekswijzer',
      },
    ],
  });
  return model;
}
