/**
 * The signatures of a report: who, when (with the zone), "voor gezien" or "voor akkoord",
 * how, the drawing, what it covers and its fingerprint. What a fingerprint covers and how it is
 * checked is in report/signing.ts; this module says what the value is and how it is shown.
 */
import { z } from '../zod.ts';
import { lazy } from '../../shared/lazy.ts';
import type { Signature, SignaturesField, SignerRole, SignMethod, Verdict } from '../definition.ts';
import type { SignatureBlock } from '../../pdf/model.ts';
import { formatMoment } from '../../shared/dates.ts';
import { text } from './shared.ts';
import type { Entry, KindModule } from './types.ts';

export const SIGNER_ORDER: readonly SignerRole[] = ['manager', 'employee'];
export const ROLE_LABELS: Record<SignerRole, string> = { manager: 'Leidinggevende', employee: 'Medewerker' };
export const VERDICT_LABELS: Record<Verdict, string> = { seen: 'voor gezien', agreed: 'voor akkoord' };
export const METHOD_LABELS: Record<SignMethod, string> = { drawn: 'getekend met muis, vinger of pen', typed: 'naam getypt' };
/** The data field that holds each signer's name. */
export const NAME_FIELD: Record<SignerRole, string> = { manager: 'managerName', employee: 'employeeName' };

const MAX_POINTS = 20_000;
export const signatureSchema = lazy(() => {
  const point = z.object({ x: z.number(), y: z.number() });
  return z.object({
    name: text().check(z.maxLength(300)),
    signedAt: z.iso.datetime({ offset: true }),
    timeZone: z.string().check(z.maxLength(64)),
    verdict: z.enum(['seen', 'agreed']),
    method: z.enum(['drawn', 'typed']),
    strokes: z.optional(
      z.array(z.array(point).check(z.maxLength(MAX_POINTS))).check(
        z.maxLength(500),
        z.refine((s) => s.reduce((n, x) => n + x.length, 0) <= MAX_POINTS),
      ),
    ),
    box: z.optional(z.object({ width: z.number().check(z.positive()), height: z.number().check(z.positive()) })),
    covers: z.array(z.enum(['manager', 'employee'])).check(z.maxLength(2)),
    scheme: z.union([z.literal(1), z.literal(2)]),
    fingerprint: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  });
});

const schema = lazy(() => z.object({ manager: z.optional(signatureSchema()), employee: z.optional(signatureSchema()) }));

/** A short, stable code for a drawing, so that two copies with other drawings differ visibly. */
export function drawingCode(strokes: readonly { x: number; y: number }[][] | undefined): string {
  let h = 0x811c9dc5;
  for (const s of strokes ?? []) {
    for (const p of s) {
      for (const ch of `${p.x},${p.y};`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    }
    h = Math.imul(h ^ 124, 0x01000193) >>> 0;
  }
  return h.toString(16).toUpperCase().padStart(8, '0').slice(0, 4);
}

/** 'Jeroen Peeters, voor gezien, 15 maart 2025 om 11:12 (UTC+1, Europe/Brussels)'. */
export function signatureLine(sig: Signature): string {
  return `${sig.name.trim() || 'naam onbekend'}, ${VERDICT_LABELS[sig.verdict]}, ${formatMoment(sig.signedAt, sig.timeZone)}`;
}

export const signaturesKind: KindModule<SignaturesField, Partial<Record<SignerRole, Signature>>> = {
  empty: () => ({}),
  schema: () => schema() as never,
  isEmpty: (v) => !v.manager && !v.employee,
  issues: () => [],
  // Signatures are not content: report/signing.ts hashes each record next to the content.
  canonical: () => null,
  entries: (field, v) =>
    SIGNER_ORDER.flatMap((role): Entry[] => {
      const s = v[role];
      const label = `Handtekening ${ROLE_LABELS[role].toLowerCase()}`;
      if (!s) return [{ key: `${field.id}.${role}`, label, text: '' }];
      const how = s.method === 'drawn' ? `getekend (tekening ${drawingCode(s.strokes)})` : 'naam getypt';
      return [{ key: `${field.id}.${role}`, label, text: `${signatureLine(s)}; ${how}` }];
    }),
  pdf: (_field, v, ctx) => [
    {
      type: 'paragraph',
      muted: true,
      text: 'Tekenen is niet verplicht. “Voor gezien” betekent: gelezen en ontvangen, niet noodzakelijk akkoord. “Voor akkoord” betekent: eens met de inhoud. De reactie van de medewerker hoort bij dit verslag en wordt er samen mee bewaard.',
    },
    {
      type: 'signatures',
      items: SIGNER_ORDER.map((role): SignatureBlock => {
        const s = v[role];
        const person = String(ctx.data[NAME_FIELD[role]] ?? '').trim();
        const note = ctx.signatureNotes?.[role];
        if (!s) return { role: ROLE_LABELS[role], name: person, date: '', ...(note ? { note } : {}) };
        return {
          role: ROLE_LABELS[role],
          name: s.name.trim() || person,
          date: formatMoment(s.signedAt, s.timeZone),
          verdict: VERDICT_LABELS[s.verdict],
          ...(s.method === 'drawn' ? { strokes: s.strokes, box: s.box } : { typed: true }),
          ...(note ? { note } : {}),
        };
      }),
    },
  ],
  blank: () => ({ type: 'signatures', roles: SIGNER_ORDER.map((r) => ROLE_LABELS[r]) }),
  fillable: () => ({ type: 'none' }),
};
