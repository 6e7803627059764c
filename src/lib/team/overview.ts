/**
 * The owner's year on one page: people derived from the names in sheets and reports (plus the
 * people she added, renamed, merged or archived), per person the last conversation and its
 * status, the follow-up dates, the open agreements, and what falls due across the team.
 * Pure: the island gathers the documents and the report statuses (signing.ts) and passes them in.
 */
import { DOCUMENT_KINDS, type DocumentKind } from '../documents/kinds.ts';
import { ownerText } from '../forms/kinds/agreements.ts';
import type { Report } from '../report/codec.ts';
import { signatureState, holds } from '../report/signing.ts';
import { addDays, isIsoDate } from '../shared/dates.ts';
import { stableHash } from '../shared/ids.ts';
import { checkKey, nameKey, type CheckStatus, type TeamData } from './data.ts';

export type ReportStatus = 'draft' | 'signedOne' | 'signedBoth' | 'broken';

export const REPORT_STATUS_LABEL: Record<ReportStatus, string> = {
  draft: 'Concept (nog niet getekend)',
  signedOne: 'Getekend door één',
  signedBoth: 'Door allebei getekend',
  broken: 'Gewijzigd na het tekenen: de handtekening klopt niet meer',
};

/** The status of a report, from its signatures as signing.ts checks them. */
export async function reportStatus(report: Report): Promise<ReportStatus> {
  const [m, e] = await Promise.all([signatureState(report, 'manager'), signatureState(report, 'employee')]);
  const states = [m.status, e.status].filter((s) => s !== 'missing');
  if (states.length === 0) return 'draft';
  if (!states.every(holds)) return 'broken';
  return states.length === 2 ? 'signedBoth' : 'signedOne';
}

export interface TeamDocInput {
  kind: DocumentKind;
  id: string;
  /** The envelope's name. */
  name: string;
  updatedAt: string;
  /** The employee's name in the document. */
  personName: string;
  talkDate: string;
  /** Reports only. */
  report?: Report;
  status?: ReportStatus;
}

export interface AgreementView {
  reportId: string;
  agreementId: string;
  what: string;
  who: string;
  due: string;
  status: CheckStatus;
  note: string;
}

export interface PersonView {
  id: string;
  name: string;
  /** Has a record in the team data (added, renamed, merged or archived by the owner). */
  stored: boolean;
  archived: boolean;
  aliases: string[];
  /** Newest first. */
  docs: TeamDocInput[];
  lastReport: TeamDocInput | null;
  nextTalk: string;
  checkIn: string;
  /** From the newest signed report. */
  agreementsFrom: TeamDocInput | null;
  agreements: AgreementView[];
}

export type DueKind = 'checkIn' | 'talk' | 'agreement';

export interface DueItem {
  personId: string;
  personName: string;
  kind: DueKind;
  date: string;
  text: string;
  overdue: boolean;
  href: string;
}

export interface TeamOverview {
  people: PersonView[];
  archived: PersonView[];
  due: DueItem[];
  /** Documents without an employee name (not linked to anybody). */
  unnamed: TeamDocInput[];
}

/** The page that opens a document by id. */
export const documentHref = (kind: DocumentKind, id: string) => `${DOCUMENT_KINDS[kind].page}?doc=${encodeURIComponent(id)}`;

/** Derived people get an id from their name, so the page can act on them before they are stored. */
export const derivedPersonId = (name: string) => `naam-${stableHash(nameKey(name))}`;

const sortKey = (d: TeamDocInput) => `${d.talkDate || d.updatedAt.slice(0, 10)}|${d.updatedAt}`;
const isSignedStatus = (s?: ReportStatus) => s === 'signedOne' || s === 'signedBoth';

export function buildOverview(docs: readonly TeamDocInput[], team: TeamData, today: string, o: { weeks?: number } = {}): TeamOverview {
  const byKey = new Map<string, string>();
  for (const p of team.people) for (const n of [p.name, ...p.aliases]) byKey.set(nameKey(n), p.id);
  const groups = new Map<string, TeamDocInput[]>();
  const unnamed: TeamDocInput[] = [];
  for (const d of docs) {
    const key = nameKey(d.personName);
    if (!key) {
      unnamed.push(d);
      continue;
    }
    const id = byKey.get(key) ?? derivedPersonId(d.personName);
    groups.set(id, [...(groups.get(id) ?? []), d]);
  }
  const ids = new Set([...team.people.map((p) => p.id), ...groups.keys()]);
  const views: PersonView[] = [];
  for (const id of ids) {
    const stored = team.people.find((p) => p.id === id);
    const mine = [...(groups.get(id) ?? [])].sort((a, b) => sortKey(b).localeCompare(sortKey(a)));
    const reports = mine.filter((d) => d.kind === 'verslag' && d.report);
    const lastReport = reports[0] ?? null;
    const agreementsFrom = reports.find((d) => isSignedStatus(d.status)) ?? null;
    const agreements: AgreementView[] = (agreementsFrom?.report?.agreements ?? [])
      .filter((a) => a.what.trim())
      .map((a) => {
        const c = team.checks[checkKey(agreementsFrom!.id, a.id)];
        return { reportId: agreementsFrom!.id, agreementId: a.id, what: a.what.trim(), who: ownerText(a), due: a.due, status: c?.status ?? 'open', note: c?.note ?? '' };
      });
    views.push({
      id,
      name: stored?.name ?? mine[0]!.personName.replace(/\s+/g, ' ').trim(),
      stored: !!stored,
      archived: stored?.archived ?? false,
      aliases: stored?.aliases ?? [],
      docs: mine,
      lastReport,
      nextTalk: lastReport?.report?.nextTalkDate ?? '',
      checkIn: lastReport?.report?.checkInDate ?? '',
      agreementsFrom,
      agreements,
    });
  }
  views.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const people = views.filter((p) => !p.archived);
  const horizon = addDays(today, (o.weeks ?? 4) * 7);
  const due: DueItem[] = [];
  for (const p of people) {
    const add = (kind: DueKind, date: string, text: string, href: string) => {
      if (!isIsoDate(date) || date > horizon) return;
      due.push({ personId: p.id, personName: p.name, kind, date, text, overdue: date < today, href });
    };
    if (p.lastReport) {
      const href = documentHref('verslag', p.lastReport.id);
      add('checkIn', p.checkIn, `Tussentijds gesprek met ${p.name}`, href);
      add('talk', p.nextTalk, `Functioneringsgesprek met ${p.name}`, href);
    }
    for (const a of p.agreements) {
      if (a.status !== 'kept') add('agreement', a.due, `Afspraak van ${p.name}: ${a.what}`, `#persoon-${p.id}`);
    }
  }
  due.sort((a, b) => a.date.localeCompare(b.date) || a.personName.localeCompare(b.personName, 'nl'));
  return { people, archived: views.filter((p) => p.archived), due, unnamed };
}
