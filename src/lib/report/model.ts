/**
 * The conversation report ("verslag" of a functioneringsgesprek): document model,
 * zod schema, migration of older or partial shapes, and parsing with Dutch messages.
 *
 * Framework-free: runs in the browser (form island, autosave, import) and in plain
 * Node 24 (tests, benchmarks). Nothing is required to save: every text may be empty.
 */
import { z } from 'astro/zod';
import '../zodDutch.ts';
import { describePath } from './labels.ts';

export const REPORT_VERSION = 1 as const;
export const REPORT_KIND = 'verslag' as const;

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

export type LookBackStatus = 'nagekomen' | 'deels' | 'niet' | '';
export type AgreementOwner = 'medewerker' | 'leidinggevende' | 'organisatie' | 'ander' | '';
export type SignatureVerdict = 'akkoord' | 'gezien';
export type SignatureMethod = 'getekend' | 'getypt';
export type SignerRole = 'manager' | 'employee';

export interface Person {
  name: string;
  jobTitle: string;
}

export interface ReportDetails {
  organisation: string;
  employee: Person;
  manager: Person;
  /** YYYY-MM-DD or ''. */
  date: string;
  /** A place, or 'online'. */
  place: string;
  period: string;
  writtenBy: string;
  recipients: string;
  /** Where the report is kept. */
  storage: string;
}

export interface LookBackItem {
  id: string;
  agreement: string;
  status: LookBackStatus;
  note: string;
}

export interface DevelopmentPoint {
  id: string;
  text: string;
}

export interface Agreement {
  id: string;
  what: string;
  owner: AgreementOwner;
  ownerName: string;
  /** YYYY-MM-DD or ''. */
  due: string;
  measure: string;
  support: string;
}

export interface StrokePoint {
  x: number;
  y: number;
}

export interface Signature {
  name: string;
  /** ISO 8601 date-time of signing. */
  date: string;
  verdict: SignatureVerdict;
  method: SignatureMethod;
  /** Drawn lines, in the coordinates of `box`. */
  strokes?: StrokePoint[][];
  box?: { width: number; height: number };
  /** Hex SHA-256 of the canonical content at signing time. */
  fingerprint: string;
}

export interface Report {
  version: typeof REPORT_VERSION;
  kind: typeof REPORT_KIND;
  details: ReportDetails;
  lookBack: LookBackItem[];
  employeeView: string;
  deepening: string;
  feedbackToManager: string;
  managerStrengths: string;
  developmentPoints: DevelopmentPoint[];
  conditions: string;
  wellbeing: string;
  developmentWishes: string;
  agreements: Agreement[];
  followUp: { checkInDate: string; nextTalkDate: string };
  closing: { experience: string; employeeReaction: string };
  signatures: { manager?: Signature; employee?: Signature };
}

export type ParseResult = { ok: true; report: Report } | { ok: false; message: string };
export type MigrateResult = { ok: true; data: Record<string, unknown> } | { ok: false; message: string };

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** A short random id for list rows (UI keys only; not part of the content). */
export function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') {
    try {
      return c.randomUUID().slice(0, 8) + c.randomUUID().slice(9, 13);
    } catch {
      /* insecure context: fall through */
    }
  }
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36).slice(-4);
}

/** Is `v` a real calendar date written as YYYY-MM-DD? */
export function isIsoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

// ---------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------

const text = z.string().default('');
const dateOrEmpty = z
  .string()
  .default('')
  .refine((v) => v === '' || isIsoDate(v), { message: 'datum' });

const personSchema = z.object({ name: text, jobTitle: text }).prefault({});

const detailsSchema = z
  .object({
    organisation: text,
    employee: personSchema,
    manager: personSchema,
    date: dateOrEmpty,
    place: text,
    period: text,
    writtenBy: text,
    recipients: text,
    storage: text,
  })
  .prefault({});

const rowId = z.string().min(1).default(() => newId());

const lookBackItemSchema = z.object({
  id: rowId,
  agreement: text,
  status: z.enum(['nagekomen', 'deels', 'niet', '']).default(''),
  note: text,
});

const developmentPointSchema = z.object({ id: rowId, text });

const agreementSchema = z.object({
  id: rowId,
  what: text,
  owner: z.enum(['medewerker', 'leidinggevende', 'organisatie', 'ander', '']).default(''),
  ownerName: text,
  due: dateOrEmpty,
  measure: text,
  support: text,
});

const pointSchema = z.object({ x: z.number(), y: z.number() });

export const signatureSchema = z.object({
  name: z.string(),
  date: z.iso.datetime({ offset: true, message: 'tijdstip' }),
  verdict: z.enum(['akkoord', 'gezien']),
  method: z.enum(['getekend', 'getypt']),
  strokes: z.array(z.array(pointSchema)).optional(),
  box: z.object({ width: z.number().positive(), height: z.number().positive() }).optional(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, { message: 'vingerafdruk' }),
});

export const reportSchema = z.object({
  version: z.literal(REPORT_VERSION),
  kind: z.literal(REPORT_KIND),
  details: detailsSchema,
  lookBack: z.array(lookBackItemSchema).default([]),
  employeeView: text,
  deepening: text,
  feedbackToManager: text,
  managerStrengths: text,
  developmentPoints: z.array(developmentPointSchema).default([]),
  conditions: text,
  wellbeing: text,
  developmentWishes: text,
  agreements: z.array(agreementSchema).default([]),
  followUp: z.object({ checkInDate: dateOrEmpty, nextTalkDate: dateOrEmpty }).prefault({}),
  closing: z.object({ experience: text, employeeReaction: text }).prefault({}),
  signatures: z
    .object({ manager: signatureSchema.optional(), employee: signatureSchema.optional() })
    .prefault({}),
});

// The hand-written types above and the schema must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.output<typeof reportSchema>, Report> = true;
void schemaMatchesTypes;

// ---------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------

export function emptyReport(): Report {
  return {
    version: REPORT_VERSION,
    kind: REPORT_KIND,
    details: {
      organisation: '',
      employee: { name: '', jobTitle: '' },
      manager: { name: '', jobTitle: '' },
      date: '',
      place: '',
      period: '',
      writtenBy: '',
      recipients: '',
      storage: '',
    },
    lookBack: [],
    employeeView: '',
    deepening: '',
    feedbackToManager: '',
    managerStrengths: '',
    developmentPoints: [],
    conditions: '',
    wellbeing: '',
    developmentWishes: '',
    agreements: [],
    followUp: { checkInDate: '', nextTalkDate: '' },
    closing: { experience: '', employeeReaction: '' },
    signatures: {},
  };
}

export const emptyLookBackItem = (): LookBackItem => ({ id: newId(), agreement: '', status: '', note: '' });
export const emptyDevelopmentPoint = (): DevelopmentPoint => ({ id: newId(), text: '' });
export const emptyAgreement = (): Agreement => ({
  id: newId(),
  what: '',
  owner: '',
  ownerName: '',
  due: '',
  measure: '',
  support: '',
});

// ---------------------------------------------------------------------------
// Migration
// ---------------------------------------------------------------------------

const KNOWN_KEYS = [
  'details',
  'lookBack',
  'employeeView',
  'deepening',
  'feedbackToManager',
  'managerStrengths',
  'developmentPoints',
  'conditions',
  'wellbeing',
  'developmentWishes',
  'agreements',
  'followUp',
  'closing',
  'signatures',
];

const MSG_FOREIGN =
  'Dit bestand bevat geen gespreksverslag van Gesprekswijzer. Kies het JSON-bestand of de PDF die je bij het verslag hebt bewaard.';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Drop nulls everywhere (null in an object → key absent; null in a list → row removed). */
function dropNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(dropNulls);
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== null && x !== undefined) out[k] = dropNulls(x);
    return out;
  }
  return v;
}

const STATUS_SYNONYMS: Record<string, LookBackStatus> = {
  nagekomen: 'nagekomen',
  ja: 'nagekomen',
  gehaald: 'nagekomen',
  deels: 'deels',
  gedeeltelijk: 'deels',
  'deels nagekomen': 'deels',
  niet: 'niet',
  nee: 'niet',
  'niet nagekomen': 'niet',
  'niet gehaald': 'niet',
};

const OWNER_SYNONYMS: Record<string, AgreementOwner> = {
  medewerker: 'medewerker',
  werknemer: 'medewerker',
  leidinggevende: 'leidinggevende',
  chef: 'leidinggevende',
  manager: 'leidinggevende',
  organisatie: 'organisatie',
  bedrijf: 'organisatie',
  werkgever: 'organisatie',
  ander: 'ander',
  anders: 'ander',
  iemand: 'ander',
};

/** 'DD-MM-YYYY', 'DD/MM/YYYY' or 'DD.MM.YYYY' → 'YYYY-MM-DD'; other values unchanged. */
function migrateDate(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim();
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const iso = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (iso) return iso[1];
  return s;
}

function migrateEnum<T extends string>(v: unknown, table: Record<string, T>): unknown {
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

function toPerson(v: unknown): unknown {
  return typeof v === 'string' ? { name: v } : v;
}

/** Give every row an id, and a new one where two rows share an id. */
function fixIds(rows: unknown): unknown {
  if (!Array.isArray(rows)) return rows;
  const seen = new Set<string>();
  return rows.map((row) => {
    if (!isRecord(row)) return row;
    let id = typeof row.id === 'string' && row.id.trim() ? row.id : typeof row.id === 'number' ? String(row.id) : '';
    if (!id || seen.has(id)) id = newId();
    seen.add(id);
    return { ...row, id };
  });
}

/**
 * Bring any earlier or partial shape of a report to the current version's shape
 * (not yet validated). Rejects foreign data with a Dutch message.
 */
export function migrate(input: unknown): MigrateResult {
  if (!isRecord(input)) return { ok: false, message: MSG_FOREIGN };
  let src = dropNulls(input) as Record<string, unknown>;

  // An export file of the site wraps the data in an envelope (see lib/documents/envelope.ts).
  if (src.format === 'gesprekswijzer' && isRecord(src.data)) {
    if (src.kind !== REPORT_KIND) return migrate({ kind: src.kind });
    src = { ...src.data, version: src.data.version ?? src.version, kind: REPORT_KIND };
  }

  if ('kind' in src && src.kind !== REPORT_KIND) {
    const kind = typeof src.kind === 'string' ? src.kind : '';
    return {
      ok: false,
      message: /voorbereid/i.test(kind)
        ? 'Dit bestand is een voorbereiding, geen verslag. Open het op de pagina Voorbereiden.'
        : MSG_FOREIGN,
    };
  }
  const version = src.version;
  if (version !== undefined) {
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
      return { ok: false, message: MSG_FOREIGN };
    }
    if (version > REPORT_VERSION) {
      return {
        ok: false,
        message:
          'Dit verslag is gemaakt met een nieuwere versie van Gesprekswijzer. Laad de pagina opnieuw en probeer het dan nog eens.',
      };
    }
  }
  // Without a kind, accept the data only if it clearly looks like a report.
  if (!('kind' in src) && !KNOWN_KEYS.some((k) => k in src)) return { ok: false, message: MSG_FOREIGN };

  const d: Record<string, unknown> = { ...src, version: REPORT_VERSION, kind: REPORT_KIND };

  if (isRecord(d.details)) {
    const det: Record<string, unknown> = { ...d.details };
    det.employee = toPerson(det.employee);
    det.manager = toPerson(det.manager);
    det.date = migrateDate(det.date);
    d.details = det;
  }
  // Early drafts kept the strengths as a list.
  if (Array.isArray(d.managerStrengths)) {
    d.managerStrengths = d.managerStrengths.filter((x) => typeof x === 'string').join('\n');
  }
  d.developmentPoints = fixIds(toRows(d.developmentPoints, 'text'));
  d.lookBack = fixIds(toRows(d.lookBack, 'agreement'));
  if (Array.isArray(d.lookBack)) {
    d.lookBack = d.lookBack.map((r) => (isRecord(r) ? { ...r, status: migrateEnum(r.status, STATUS_SYNONYMS) } : r));
  }
  d.agreements = fixIds(toRows(d.agreements, 'what'));
  if (Array.isArray(d.agreements)) {
    d.agreements = d.agreements.map((r) =>
      isRecord(r) ? { ...r, owner: migrateEnum(r.owner, OWNER_SYNONYMS), due: migrateDate(r.due) } : r,
    );
  }
  if (isRecord(d.followUp)) {
    d.followUp = {
      ...d.followUp,
      checkInDate: migrateDate(d.followUp.checkInDate),
      nextTalkDate: migrateDate(d.followUp.nextTalkDate),
    };
  }
  if (isRecord(d.signatures)) {
    const sigs: Record<string, unknown> = {};
    for (const role of ['manager', 'employee'] as const) {
      const s = d.signatures[role];
      if (isRecord(s)) {
        sigs[role] = {
          ...s,
          fingerprint: typeof s.fingerprint === 'string' ? s.fingerprint.trim().toLowerCase() : s.fingerprint,
        };
      }
    }
    d.signatures = sigs;
  }
  return { ok: true, data: d };
}

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

function issueMessage(issue: z.core.$ZodIssue): string {
  const where = describePath(issue.path);
  const field = where ? `‘${where}’` : 'het verslag';
  switch (issue.message) {
    case 'datum':
      return `Bij ${field} staat geen geldige datum. Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2025-03-14.`;
    case 'tijdstip':
      return `Bij ${field} staat geen geldig tijdstip van ondertekening.`;
    case 'vingerafdruk':
      return `Bij ${field} staat geen geldige vingerafdruk.`;
  }
  if (issue.code === 'invalid_value') return `Bij ${field} staat een keuze die Gesprekswijzer niet kent.`;
  return `Bij ${field} staat een waarde die Gesprekswijzer niet kan lezen.`;
}

/**
 * Read a report from JSON text or an already parsed value. Accepts older and partial
 * shapes; on failure returns a short Dutch message that says what is wrong.
 */
export function parseReport(json: unknown): ParseResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      return {
        ok: false,
        message: 'Dit bestand kan niet gelezen worden. Het is beschadigd of het is geen verslag van Gesprekswijzer.',
      };
    }
  }
  const migrated = migrate(value);
  if (!migrated.ok) return migrated;
  const result = reportSchema.safeParse(migrated.data);
  if (result.success) return { ok: true, report: result.data as Report };
  const issues = result.error.issues;
  const first = issues[0];
  const more = issues.length > 1 ? ` Er ${issues.length === 2 ? 'is nog 1 ander probleem' : `zijn nog ${issues.length - 1} andere problemen`}.` : '';
  return {
    ok: false,
    message: `Dit verslag kan niet geladen worden. ${first ? issueMessage(first) : ''}${more}`.trim(),
  };
}

/** Is `v` a valid current-version report as it stands (no migration)? */
export function isReport(v: unknown): v is Report {
  return reportSchema.safeParse(v).success;
}
