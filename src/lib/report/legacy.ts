/**
 * Signatures made before version 2 (scheme 1) covered only the content, computed in the way of
 * that version: the nested report with Dutch choice words, without signatures. This rebuilds
 * that form from a version 2 report, so that an older PDF can still be checked for what it
 * does cover.
 */
import type { Json } from '../forms/kinds/index.ts';
import { normalizeText } from '../forms/kinds/shared.ts';
import type { SignerRole } from '../forms/definition.ts';
import type { Report } from './codec.ts';

const STATUS_V1: Record<string, string> = { kept: 'nagekomen', partly: 'deels', notKept: 'niet', ongoing: 'bezig', '': '' };
const OWNER_V1: Record<string, string> = { employee: 'medewerker', manager: 'leidinggevende', organisation: 'organisatie', other: 'ander', '': '' };

function isEmptyRow(v: Json): boolean {
  if (v === null || v === '') return true;
  if (Array.isArray(v)) return v.every(isEmptyRow);
  if (typeof v === 'object') return Object.values(v).every(isEmptyRow);
  return false;
}

/** Version 1's canonical form: sorted keys, normalised strings, ids dropped, empty rows dropped. */
function canon(v: unknown): Json {
  if (typeof v === 'string') return normalizeText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean' || v === null || v === undefined) return v ?? null;
  if (Array.isArray(v)) return v.map(canon).filter((row) => !(row !== null && typeof row === 'object' && isEmptyRow(row)));
  const out: { [k: string]: Json } = {};
  for (const key of Object.keys(v as object).sort()) {
    if (key === 'id') continue;
    const x = (v as Record<string, unknown>)[key];
    if (x !== undefined) out[key] = canon(x);
  }
  return out;
}

/** The text that a version 1 signature of `role` hashed, for this report. */
export function legacyCanonical(r: Report, role: SignerRole): string {
  const v1 = {
    kind: 'verslag',
    details: {
      organisation: r.organisation,
      employee: { name: r.employeeName, jobTitle: r.employeeJobTitle },
      manager: { name: r.managerName, jobTitle: r.managerJobTitle },
      date: r.talkDate,
      place: r.place,
      period: r.period,
      writtenBy: r.writtenBy,
      recipients: r.recipients,
      storage: r.storage,
    },
    lookBack: r.lookBack.map((x) => ({ agreement: x.agreement, status: STATUS_V1[x.status] ?? x.status, note: x.note })),
    employeeView: r.employeeView,
    deepening: r.deepening,
    feedbackToManager: r.feedbackToManager,
    managerStrengths: r.managerStrengths,
    developmentPoints: r.developmentPoints.map((p) => ({ text: p.text })),
    conditions: r.conditions,
    wellbeing: r.wellbeing,
    developmentWishes: r.developmentWishes,
    agreements: r.agreements.map((a) => ({ what: a.what, owner: OWNER_V1[a.owner] ?? a.owner, ownerName: a.ownerName, due: a.due, measure: a.measure, support: a.support })),
    followUp: { checkInDate: r.checkInDate, nextTalkDate: r.nextTalkDate },
    closing: { experience: r.experience, employeeReaction: role === 'manager' ? '' : r.employeeReaction },
    // Fields added in version 2 did not exist: set, they change the content.
    ...(r.noNewAgreements.length ? { noNewAgreements: r.noNewAgreements } : {}),
  };
  return JSON.stringify(canon(v1));
}
