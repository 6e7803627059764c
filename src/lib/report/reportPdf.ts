/**
 * The conversation report as a PDF: the document model for the PDF engine (pure),
 * the file name, and reading the report back from a PDF that carries it as an
 * embedded 'verslag.json' (like an e-invoice carries its XML).
 */
import type { Block, PdfDocumentModel, SignatureBlock } from '../pdf/model.ts';
import { safeFileName } from '../pdf/fileName.ts';
import { PHASES } from '../content/taxonomy.ts';
import type { Agreement, Report, Signature, SignerRole } from './model.ts';
import { parseReport, type ParseResult } from './model.ts';
import { OWNER_LABELS, STATUS_LABELS, VERDICT_LABELS } from './labels.ts';
import { shortFingerprint, type SignatureStatus } from './fingerprint.ts';

export const REPORT_ATTACHMENT = 'verslag.json';
export const REPORT_TITLE = 'Verslag van het functioneringsgesprek';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** '2025-03-14' → '14 maart 2025'; other text unchanged. */
export function formatDateNl(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** '2025-03-14' → '14-3-2025' (short, for the footer); other text unchanged. */
function numericDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}-${Number(m[2])}-${m[1]}` : iso;
}

/** An ISO date-time → '15 maart 2025 om 11:12' in Belgian/Dutch time. */
export function formatDateTimeNl(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${formatDateNl(`${parts.year}-${parts.month}-${parts.day}`)} om ${parts.hour}:${parts.minute}`;
}

const phaseName = (n: number) => PHASES.find((p) => p.n === n)?.name ?? '';
const filled = (s: string) => s.trim() !== '';
const person = (p: { name: string; jobTitle: string }) => [p.name.trim(), p.jobTitle.trim()].filter(Boolean).join(', ');

/** A text with several lines (e.g. "- stipt\n- vriendelijk") as a list; otherwise a paragraph. */
function textOrList(text: string): Block {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
  return lines.length > 1 ? { type: 'list', items: lines } : { type: 'paragraph', text: lines[0] ?? '' };
}

function ownerCell(a: Agreement): string {
  const label = a.owner ? OWNER_LABELS[a.owner] : '';
  const name = a.ownerName.trim();
  if (a.owner === 'ander') return name || label;
  return name ? (label ? `${label} (${name})` : name) : label;
}

const h2 = (text: string): Block => ({ type: 'heading', text, level: 2 });
const h3 = (text: string): Block => ({ type: 'heading', text, level: 3 });
const para = (text: string): Block => ({ type: 'paragraph', text });
const muted = (text: string): Block => ({ type: 'paragraph', text, muted: true });

function signatureItem(report: Report, role: SignerRole, status: SignatureStatus | undefined): SignatureBlock {
  const sig: Signature | undefined = report.signatures[role];
  const p = role === 'manager' ? report.details.manager : report.details.employee;
  const roleLabel = role === 'manager' ? 'Leidinggevende' : 'Medewerker';
  if (!sig) return { role: roleLabel, name: p.name.trim(), date: '' };
  const stale = status === 'verouderd';
  return {
    role: roleLabel,
    name: sig.name.trim() || p.name.trim(),
    date: formatDateTimeNl(sig.date),
    verdict: VERDICT_LABELS[sig.verdict].toLowerCase(),
    strokes: sig.method === 'getekend' ? sig.strokes : undefined,
    box: sig.method === 'getekend' ? sig.box : undefined,
    typed: sig.method === 'getypt',
    note: stale
      ? `Let op: getekend voor een eerdere versie van dit verslag (vingerafdruk ${shortFingerprint(sig.fingerprint)}).`
      : role === 'manager'
        ? `Getekend voor vingerafdruk ${shortFingerprint(sig.fingerprint)} (het verslag zonder de reactie van de medewerker).`
        : `Getekend voor vingerafdruk ${shortFingerprint(sig.fingerprint)}.`,
  };
}

export interface ReportPdfOptions {
  /** Hex SHA-256 of the whole current content (see fingerprint.ts), shown in the footer. */
  fingerprint: string;
  /**
   * Whether each signature still matches the content (see signing.ts: `signatureStatuses(report)`
   * can be passed as is). Without it, only the employee's signature is checked, against `fingerprint`.
   */
  statuses?: { manager?: { status: SignatureStatus }; employee?: { status: SignatureStatus } };
  /** Creation date of the PDF; default now. */
  now?: Date;
}

/** The report → the PDF engine's document model, in the order of the seven phases. */
export function reportToPdfModel(report: Report, { fingerprint, statuses, now = new Date() }: ReportPdfOptions): PdfDocumentModel {
  const d = report.details;
  const employee = d.employee.name.trim();
  const date = formatDateNl(d.date);
  const short = shortFingerprint(fingerprint);
  const blocks: Block[] = [];

  blocks.push({
    type: 'title',
    title: REPORT_TITLE,
    subtitle: [employee, d.date && `gesprek van ${date}`].filter(Boolean).join(' · ') || undefined,
  });

  // Details
  blocks.push(h2('Gegevens van het gesprek'), {
    type: 'keyValue',
    items: [
      { key: 'Organisatie', value: d.organisation },
      { key: 'Medewerker', value: person(d.employee) },
      { key: 'Leidinggevende', value: person(d.manager) },
      { key: 'Datum', value: date },
      { key: 'Plaats', value: d.place },
      { key: 'Periode', value: d.period },
      { key: 'Verslag geschreven door', value: d.writtenBy },
      { key: 'Verslag gedeeld met', value: d.recipients },
      { key: 'Bewaard in', value: d.storage },
    ],
  });

  // Phase 2: look back
  blocks.push(h2(phaseName(2)));
  const lookBack = report.lookBack.filter((r) => filled(r.agreement) || filled(r.note) || r.status !== '');
  if (lookBack.length) {
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Afspraak', width: 0.42 },
        { header: 'Status', width: 0.18 },
        { header: 'Toelichting', width: 0.4 },
      ],
      rows: lookBack.map((r) => [r.agreement, r.status ? STATUS_LABELS[r.status] : '', r.note]),
    });
  } else {
    blocks.push(muted('Geen vorige afspraken genoteerd.'));
  }

  // Phase 3: the employee's view
  blocks.push(h2(phaseName(3)), para(report.employeeView));

  // Phase 4: deepening, incl. feedback to the manager
  blocks.push(h2(phaseName(4)), para(report.deepening), h3('Feedback voor de leidinggevende'), para(report.feedbackToManager));

  // Phase 5: the manager's view
  const points = report.developmentPoints.map((p) => p.text.trim()).filter(Boolean);
  blocks.push(h2(phaseName(5)), h3('Wat goed gaat'), textOrList(report.managerStrengths), h3('Ontwikkelpunten'));
  blocks.push(points.length ? { type: 'list', items: points, ordered: true } : para(''));

  // Topics: conditions, wellbeing, development wishes
  blocks.push(
    h2('Werkomstandigheden en werkplezier'),
    h3('Werkomstandigheden en belemmeringen'),
    para(report.conditions),
    h3('Werkplezier en balans'),
    para(report.wellbeing),
    h2('Ontwikkelwensen'),
    para(report.developmentWishes),
  );

  // Phase 6: agreements
  blocks.push(h2(phaseName(6)));
  const agreements = report.agreements.filter(
    (a) => filled(a.what) || filled(a.measure) || filled(a.support) || filled(a.due) || a.owner !== '' || filled(a.ownerName),
  );
  if (agreements.length) {
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Wat', width: 0.28 },
        { header: 'Wie', width: 0.19 },
        { header: 'Wanneer', width: 0.14 },
        { header: 'Meting', width: 0.21 },
        { header: 'Steun', width: 0.18 },
      ],
      rows: agreements.map((a) => [
        a.what,
        ownerCell(a),
        formatDateNl(a.due),
        a.measure,
        a.support,
      ]),
    });
  } else {
    blocks.push(muted('Geen afspraken genoteerd.'));
  }

  // Follow-up
  blocks.push(h2('Opvolging'), {
    type: 'keyValue',
    items: [
      { key: 'Tussentijds gesprek', value: formatDateNl(report.followUp.checkInDate) },
      { key: 'Volgend functioneringsgesprek', value: formatDateNl(report.followUp.nextTalkDate) },
    ],
  });

  // Phase 7: closing
  blocks.push(
    h2(phaseName(7)),
    h3('Hoe was het gesprek?'),
    para(report.closing.experience),
    h3('Reactie van de medewerker'),
    para(report.closing.employeeReaction),
  );

  // Signatures (the heading directly above the block, so that they stay together)
  blocks.push(
    h2('Handtekeningen'),
    {
      type: 'signatures',
      items: [
        signatureItem(report, 'manager', statuses?.manager?.status),
        signatureItem(report, 'employee', statuses?.employee?.status ?? employeeStatus(report, fingerprint)),
      ],
    },
    muted(
      `Vingerafdruk van de inhoud: ${short}. Een handtekening geldt voor de inhoud met die vingerafdruk. ` +
        'Open deze PDF in Gesprekswijzer om na te gaan of het verslag na het tekenen veranderd is.',
    ),
  );

  const json = JSON.stringify(report, null, 2);
  return {
    title: employee ? `${REPORT_TITLE} – ${employee}` : REPORT_TITLE,
    subject: 'Verslag van een functioneringsgesprek, met afspraken en handtekeningen',
    author: d.writtenBy.trim() || d.manager.name.trim() || undefined,
    keywords: ['functioneringsgesprek', 'verslag', ...(employee ? [employee] : []), ...(d.date ? [d.date] : [])],
    creationDate: now,
    lang: 'nl',
    // The footer's left part is narrow: a long name is left out (the title page has it).
    footerLeft: [employee ? (employee.length <= 20 ? employee : employee.split(/\s+/)[0]) : 'Verslag', numericDate(d.date)]
      .filter(Boolean)
      .join(' · '),
    footerCenter: `Vingerafdruk ${short}`,
    blocks,
    attachments: [
      {
        name: REPORT_ATTACHMENT,
        data: new TextEncoder().encode(json),
        mimeType: 'application/json',
        description: 'Het verslag als gegevens, om het opnieuw te openen in Gesprekswijzer',
      },
    ],
  };
}

/** The employee signs the whole content, so the full fingerprint tells whether that signature still holds. */
function employeeStatus(report: Report, fingerprint: string): SignatureStatus | undefined {
  const sig = report.signatures.employee;
  if (!sig || !fingerprint) return undefined;
  return sig.fingerprint === fingerprint.toLowerCase() ? 'geldig' : 'verouderd';
}

/** verslag-<medewerker>-<datum>.pdf, safe on every system (the PDF engine's safeFileName). */
export function reportFileName(report: Report): string {
  return safeFileName(['verslag', report.details.employee.name, report.details.date]);
}

// ---------------------------------------------------------------------------
// Reading a report back from a PDF
// ---------------------------------------------------------------------------

export const PDF_MESSAGES = {
  notPdf: 'Dit bestand is geen PDF, of de PDF is beschadigd. Kies de PDF van het verslag die je van Gesprekswijzer kreeg.',
  noReport:
    'In deze PDF zitten geen gegevens van een verslag. Alleen een PDF die Gesprekswijzer maakte, kan hier opnieuw geopend worden.',
  invalid: 'De gegevens in deze PDF kunnen niet gelezen worden.',
} as const;

/** Reads one embedded file's bytes (null when there is none); may throw for an unreadable PDF. */
export type AttachmentReader = (bytes: Uint8Array, name: string) => Promise<Uint8Array | null | undefined>;

/** The engine's reader, loaded on demand so that this file stays light (pdf-lib is big). */
const engineReader: AttachmentReader = async (bytes, name) => {
  const { readAttachment } = await import('../pdf/attachments.ts');
  return (await readAttachment(bytes, name))?.data ?? null;
};

/**
 * Read the report embedded in a PDF made by the site. Never throws; Dutch messages for a file
 * that is not a (readable) PDF, a PDF without report data, and data that doesn't validate.
 */
export async function readReportFromPdf(bytes: Uint8Array, readAttachment: AttachmentReader = engineReader): Promise<ParseResult> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) return { ok: false, message: PDF_MESSAGES.notPdf };
  let data: Uint8Array | null | undefined;
  try {
    data = await readAttachment(bytes, REPORT_ATTACHMENT);
  } catch (e) {
    // The engine's PdfReadError says precisely why (damaged, password…), in Dutch.
    const engineMessage = e instanceof Error && e.name === 'PdfReadError' && e.message ? e.message : '';
    return { ok: false, message: engineMessage || PDF_MESSAGES.notPdf };
  }
  if (!data || data.length === 0) return { ok: false, message: PDF_MESSAGES.noReport };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, message: `${PDF_MESSAGES.invalid} De tekst is beschadigd.` };
  }
  const parsed = parseReport(text);
  if (parsed.ok) return parsed;
  return { ok: false, message: `${PDF_MESSAGES.invalid} ${parsed.message}` };
}
