/**
 * Dutch labels for the fields and options of the conversation report, in one place.
 * Used by validation messages, the PDF layout and (optionally) the form.
 */
import type { AgreementOwner, LookBackStatus, SignatureMethod, SignatureVerdict } from './model.ts';

export const STATUS_LABELS: Record<LookBackStatus, string> = {
  nagekomen: 'Nagekomen',
  deels: 'Deels nagekomen',
  niet: 'Niet nagekomen',
  '': 'Niet ingevuld',
};

export const OWNER_LABELS: Record<AgreementOwner, string> = {
  medewerker: 'Medewerker',
  leidinggevende: 'Leidinggevende',
  organisatie: 'Organisatie',
  ander: 'Iemand anders',
  '': 'Niet ingevuld',
};

export const VERDICT_LABELS: Record<SignatureVerdict, string> = {
  akkoord: 'Voor akkoord',
  gezien: 'Voor gezien',
};

export const METHOD_LABELS: Record<SignatureMethod, string> = {
  getekend: 'Getekend',
  getypt: 'Naam getypt',
};

/** Labels by field name; nested names use a dot ("employee.name"). */
export const FIELD_LABELS: Record<string, string> = {
  details: 'Gegevens van het gesprek',
  organisation: 'Organisatie',
  employee: 'Medewerker',
  'employee.name': 'Naam van de medewerker',
  'employee.jobTitle': 'Functie van de medewerker',
  manager: 'Leidinggevende',
  'manager.name': 'Naam van de leidinggevende',
  'manager.jobTitle': 'Functie van de leidinggevende',
  date: 'Datum',
  place: 'Plaats',
  period: 'Periode waarover het gesprek gaat',
  writtenBy: 'Verslag geschreven door',
  recipients: 'Verslag gedeeld met',
  storage: 'Waar het verslag bewaard wordt',
  lookBack: 'Terugblik op de vorige afspraken',
  agreement: 'Afspraak',
  status: 'Nagekomen?',
  note: 'Toelichting',
  employeeView: 'Het verhaal van de medewerker',
  deepening: 'Verdieping',
  feedbackToManager: 'Feedback voor de leidinggevende',
  managerStrengths: 'Wat goed gaat (sterke punten)',
  developmentPoints: 'Ontwikkelpunten',
  text: 'Tekst',
  conditions: 'Werkomstandigheden en belemmeringen',
  wellbeing: 'Werkplezier en balans',
  developmentWishes: 'Ontwikkelwensen',
  agreements: 'Afspraken',
  what: 'Wat',
  owner: 'Wie',
  ownerName: 'Naam',
  due: 'Tegen wanneer',
  measure: 'Hoe meten jullie het?',
  support: 'Steun',
  followUp: 'Opvolging',
  checkInDate: 'Tussentijds gesprek',
  nextTalkDate: 'Volgend functioneringsgesprek',
  closing: 'Afsluiting',
  experience: 'Hoe was het gesprek?',
  employeeReaction: 'Reactie van de medewerker',
  signatures: 'Handtekeningen',
  'signatures.manager': 'Handtekening van de leidinggevende',
  'signatures.employee': 'Handtekening van de medewerker',
  name: 'Naam',
  verdict: 'Voor akkoord of voor gezien',
  method: 'Manier van tekenen',
  strokes: 'Getekende lijnen',
  box: 'Tekenvlak',
  fingerprint: 'Vingerafdruk',
  version: 'Versie',
  kind: 'Soort document',
};

/** A readable Dutch description of a path in the report, e.g. "Afspraken, rij 2, Wat". */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let prev = '';
  for (const key of path) {
    if (typeof key === 'number') {
      parts.push(`rij ${key + 1}`);
      continue;
    }
    const k = String(key);
    const dotted = prev ? `${prev}.${k}` : k;
    parts.push(FIELD_LABELS[dotted] ?? FIELD_LABELS[k] ?? k);
    prev = k;
  }
  return parts.join(', ');
}
