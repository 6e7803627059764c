/**
 * Reports of version 1 (nested details, Dutch words for choices, signatures over the content
 * only) → version 2 (flat fields from the declaration, English choice ids, signatures with
 * zone and scheme). Lenient with hand-made or older partial files: dates as DD-MM-YYYY,
 * lists as text, synonyms for choices. Never throws; the result is validated after this.
 */
import { isRecord } from '../shared/json.ts';
import { LEGACY_STATUS } from '../forms/common.ts';
import { HOME_TIME_ZONE } from '../shared/dates.ts';

/** Drop nulls (null in an object → key absent; null in a list → row removed). Depth is bounded by the JSON reader. */
export function dropNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(dropNulls);
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== null && x !== undefined) out[k] = dropNulls(x);
    return out;
  }
  return v;
}

const STATUS_SYNONYMS: Record<string, string> = {
  ...LEGACY_STATUS,
  ja: 'kept',
  gehaald: 'kept',
  gedeeltelijk: 'partly',
  'deels nagekomen': 'partly',
  nee: 'notKept',
  'niet nagekomen': 'notKept',
  'niet gehaald': 'notKept',
};

const OWNER_SYNONYMS: Record<string, string> = {
  medewerker: 'employee',
  werknemer: 'employee',
  leidinggevende: 'manager',
  chef: 'manager',
  manager: 'manager',
  organisatie: 'organisation',
  bedrijf: 'organisation',
  werkgever: 'organisation',
  ander: 'other',
  anders: 'other',
  iemand: 'other',
};

const VERDICTS: Record<string, string> = { akkoord: 'agreed', gezien: 'seen' };
const METHODS: Record<string, string> = { getekend: 'drawn', getypt: 'typed' };

/** 'DD-MM-YYYY', 'DD/MM/YYYY' or 'DD.MM.YYYY' → 'YYYY-MM-DD'; an ISO date-time → its date; other values unchanged. */
export function migrateDate(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim();
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const iso = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  return iso ? iso[1] : s;
}

function migrateEnum(v: unknown, table: Record<string, string>): unknown {
  if (typeof v !== 'string') return v;
  const key = v.trim().toLowerCase();
  return key in table ? table[key] : v;
}

/** A list given as text (one item per line) or as a list of strings → rows. */
function toRows(v: unknown, field: string): unknown {
  if (typeof v === 'string') {
    return v
      .split(/\r?\n/)
      .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s*/, '').trim())
      .filter(Boolean)
      .map((line) => ({ [field]: line }));
  }
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? { [field]: x } : x));
  return v;
}

const mapRows = (v: unknown, f: (r: Record<string, unknown>) => Record<string, unknown>) => (Array.isArray(v) ? v.map((r) => (isRecord(r) ? f(r) : r)) : v);

function numberId(r: Record<string, unknown>): Record<string, unknown> {
  return typeof r.id === 'number' ? { ...r, id: String(r.id) } : r;
}

function person(v: unknown): { name?: unknown; jobTitle?: unknown } {
  if (typeof v === 'string') return { name: v };
  return isRecord(v) ? v : {};
}

function signature(v: unknown): unknown {
  if (!isRecord(v)) return v;
  return {
    name: v.name,
    signedAt: v.date,
    timeZone: HOME_TIME_ZONE,
    verdict: migrateEnum(v.verdict, VERDICTS),
    method: migrateEnum(v.method, METHODS),
    ...(v.strokes !== undefined ? { strokes: v.strokes } : {}),
    ...(v.box !== undefined ? { box: v.box } : {}),
    covers: [],
    scheme: 1,
    fingerprint: typeof v.fingerprint === 'string' ? v.fingerprint.trim().toLowerCase() : v.fingerprint,
  };
}

/** Version 1 data (already without envelope) → version 2 fields. */
export function reportV1toV2(input: Record<string, unknown>): Record<string, unknown> {
  const d = dropNulls(input) as Record<string, unknown>;
  const det = isRecord(d.details) ? d.details : {};
  const emp = person(det.employee);
  const man = person(det.manager);
  const follow = isRecord(d.followUp) ? d.followUp : {};
  const closing = isRecord(d.closing) ? d.closing : {};
  const sigs = isRecord(d.signatures) ? d.signatures : {};
  const out: Record<string, unknown> = {
    organisation: det.organisation,
    employeeName: emp.name,
    employeeJobTitle: emp.jobTitle,
    managerName: man.name,
    managerJobTitle: man.jobTitle,
    talkDate: migrateDate(det.date),
    place: det.place,
    period: det.period,
    writtenBy: det.writtenBy,
    recipients: det.recipients,
    storage: det.storage,
    lookBack: mapRows(toRows(d.lookBack, 'agreement'), (r) => numberId({ ...r, status: migrateEnum(r.status, STATUS_SYNONYMS) })),
    employeeView: d.employeeView,
    deepening: d.deepening,
    feedbackToManager: d.feedbackToManager,
    // Early drafts kept the strengths as a list.
    managerStrengths: Array.isArray(d.managerStrengths) ? d.managerStrengths.filter((x) => typeof x === 'string').join('\n') : d.managerStrengths,
    developmentPoints: mapRows(toRows(d.developmentPoints, 'text'), numberId),
    conditions: d.conditions,
    wellbeing: d.wellbeing,
    developmentWishes: d.developmentWishes,
    agreements: mapRows(toRows(d.agreements, 'what'), (r) => numberId({ ...r, owner: migrateEnum(r.owner, OWNER_SYNONYMS), due: migrateDate(r.due) })),
    checkInDate: migrateDate(follow.checkInDate),
    nextTalkDate: migrateDate(follow.nextTalkDate),
    experience: closing.experience,
    employeeReaction: closing.employeeReaction,
    signatures: {
      ...(sigs.manager !== undefined ? { manager: signature(sigs.manager) } : {}),
      ...(sigs.employee !== undefined ? { employee: signature(sigs.employee) } : {}),
    },
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/** Keys by which a bare object without `kind` is recognised as a version 1 report. */
export const V1_KEYS = ['details', 'lookBack', 'employeeView', 'deepening', 'feedbackToManager', 'managerStrengths', 'developmentPoints', 'conditions', 'wellbeing', 'developmentWishes', 'agreements', 'followUp', 'closing', 'signatures'];
