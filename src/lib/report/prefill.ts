/**
 * "Begin met de voorbereidingen": the employee's and the manager's preparation sheets fill the
 * matching parts of an empty report. Only empty fields are filled (nothing typed is replaced),
 * and the filled fields are reported, so the form can mark them for the writer to edit.
 */
import { fold } from '../text/fold.ts';
import { dutchList } from '../text/list.ts';
import type { DataOf } from '../forms/definition.ts';
import type { employeeSheet, managerSheet } from '../forms/sheets/index.ts';
import { kindOf } from '../forms/kinds/index.ts';
import { fieldById } from '../forms/definition.ts';
import { newId } from '../shared/ids.ts';
import { normalizeText } from '../forms/kinds/shared.ts';
import { reportDefinition } from './declaration.ts';
import type { Report } from './codec.ts';

export type EmployeePrep = DataOf<typeof employeeSheet>;
export type ManagerPrep = DataOf<typeof managerSheet>;

const t = (s: string | undefined) => (s ?? '').trim();
/** 'Label: text' paragraphs for the parts that have text. */
const labelled = (parts: [string, string | undefined][]) =>
  parts
    .filter(([, v]) => t(v))
    .map(([label, v]) => `${label}: ${t(v)}`)
    .join('\n\n');

type LookBackRow = Report['lookBack'][number];

function lookBack(e?: EmployeePrep, m?: ManagerPrep): LookBackRow[] {
  const rows: LookBackRow[] = [];
  const byText = new Map<string, LookBackRow>();
  for (const [who, list] of [['leidinggevende', m?.earlierAgreements], ['medewerker', e?.earlierAgreements]] as const) {
    for (const r of list ?? []) {
      if (!t(r.agreement)) continue;
      const key = normalizeText(r.agreement).toLowerCase();
      const known = byText.get(key);
      if (known) {
        if (t(r.note)) known.note = [known.note, `Volgens de ${who}: ${t(r.note)}`].filter(Boolean).join('\n');
        continue;
      }
      const row: LookBackRow = { id: newId(6), agreement: t(r.agreement), status: r.status, note: t(r.note) ? `Volgens de ${who}: ${t(r.note)}` : '' };
      byText.set(key, row);
      rows.push(row);
    }
  }
  return rows;
}

/** What each report field takes from the preparations. */
function proposals(e?: EmployeePrep, m?: ManagerPrep): Partial<Report> {
  return {
    employeeName: t(e?.employeeName) || t(m?.employeeName),
    employeeJobTitle: t(e?.jobTitle) || t(m?.jobTitle),
    managerName: t(m?.managerName) || t(e?.managerName),
    talkDate: m?.talkDate || e?.talkDate || '',
    place: t(m?.place),
    lookBack: lookBack(e, m),
    employeeView: labelled([['Trots op', e?.proudOf], ['Minder goed', e?.lessWell]]),
    conditions: t(e?.obstacles),
    feedbackToManager: t(e?.feedbackForManager),
    wellbeing: t(e?.wellbeing),
    developmentWishes: labelled([['Over een jaar', e?.inOneYear], ['Vaardigheden', e?.skills], ['Nodige steun', e?.needs]]),
    managerStrengths: (m?.strengths ?? []).map(t).filter(Boolean).join('\n'),
    developmentPoints: (m?.developmentPoints ?? [])
      .filter((p) => t(p.behaviour) || t(p.example))
      .map((p) => ({ id: newId(6), text: [t(p.behaviour), t(p.example) && `Voorbeeld: ${t(p.example)}`].filter(Boolean).join(' ') })),
  };
}

export function prefillFromPreparations(report: Report, e?: EmployeePrep, m?: ManagerPrep): { report: Report; filled: string[] } {
  const next = { ...report } as Record<string, unknown>;
  const filled: string[] = [];
  for (const [id, value] of Object.entries(proposals(e, m))) {
    const field = fieldById(reportDefinition, id);
    if (!field || value === undefined) continue;
    const k = kindOf(field);
    if (!k.isEmpty(next[id] as never) || k.isEmpty(value as never)) continue;
    next[id] = value;
    filled.push(id);
  }
  return { report: next as Report, filled };
}

/**
 * The preparations (and the report, when it has a name already) name different employees: then
 * they may be about two people, and the report would mix them. A warning in Dutch, or null. Case,
 * accents and spaces do not count as a difference ("Łukasz Wójcik" = "lukasz wojcik").
 */
export function nameMismatch(report: Report, e?: EmployeePrep, m?: ManagerPrep): string | null {
  const named = [
    [t(report.employeeName), 'het verslag'],
    [t(e?.employeeName), 'de voorbereiding van de medewerker'],
    [t(m?.employeeName), 'de voorbereiding van de leidinggevende'],
  ].filter(([name]) => name);
  if (new Set(named.map(([name]) => fold(name!))).size < 2) return null;
  const list = named.map(([name, where]) => `“${name}” (${where})`);
  return `Let op: de naam van de medewerker verschilt: ${dutchList(list)}. Gaat het wel over dezelfde persoon? Kijk het verslag na en haal weg wat niet klopt.`;
}

/** Where an earlier agreement stood, as the agreement checklist of the team page kept it. */
export interface CarriedStatus {
  status: LookBackRow['status'];
  note: string;
}

/**
 * "Neem over uit vorig verslag": the agreements of an earlier report as look-back rows. When the
 * owner ticked them off during the year (team page), their status and note come along.
 */
export function lookBackFromReport(earlier: Report, statuses: Readonly<Record<string, CarriedStatus>> = {}): LookBackRow[] {
  return earlier.agreements
    .filter((a) => t(a.what))
    .map((a) => {
      const s = Object.hasOwn(statuses, a.id) ? statuses[a.id] : undefined;
      return { id: newId(6), agreement: t(a.what), status: s?.status ?? '', note: t(s?.note) };
    });
}
