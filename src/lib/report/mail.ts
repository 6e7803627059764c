/** The mail that goes with the PDF: a mailto: link with subject and body (the site sends nothing itself). */
import { formatDate } from '../shared/dates.ts';
import type { Report } from './codec.ts';
import { shortFingerprint } from './fingerprint.ts';

export interface MailText {
  subject: string;
  body: string;
  href: string;
}

export function mailText(r: Report, kind: 'countersigned' | 'to-employee' | 'final', fileName: string, documentFingerprint: string, site: string): MailText {
  const date = r.talkDate ? ` van ${formatDate(r.talkDate).replace(/\u00a0/g, ' ')}` : '';
  const code = shortFingerprint(documentFingerprint).replace(/\u00a0/g, ' ');
  const origin = site.replace(/\/+$/, '');
  const subject =
    kind === 'to-employee' ? `Verslag van ons gesprek${date}: lezen en tekenen` : kind === 'countersigned' ? `Getekend verslag van ons gesprek${date}` : `Definitief verslag van ons gesprek${date}`;
  const lines =
    kind === 'to-employee'
      ? [
          `Hoi ${r.employeeName.trim() || ''},`.replace(/ ,$/, ','),
          '',
          `In de bijlage vind je het verslag van ons gesprek${date} (${fileName}). Ik heb het getekend.`,
          `Lees het rustig na. Open de PDF op ${origin}/verslag/ met “Open een verslag” (staat daar al een verslag, dan vind je het onder “Meer”): daar kun je een reactie schrijven en tekenen, voor gezien of voor akkoord. Tekenen is niet verplicht.`,
          'Stuur de PDF daarna terug.',
        ]
      : [
          `Hoi ${(kind === 'countersigned' ? r.managerName : r.employeeName).trim()},`.replace(/ ,$/, ','),
          '',
          kind === 'countersigned'
            ? `In de bijlage vind je het verslag van ons gesprek${date} (${fileName}). Ik heb het gelezen en getekend.`
            : `In de bijlage vind je het verslag van ons gesprek${date} (${fileName}), door ons allebei getekend.`,
          'Bewaar je eigen exemplaar.',
        ];
  lines.push('', `De vingerafdruk van dit verslag is ${code}. Staat diezelfde code onderaan jouw exemplaar, dan hebben we hetzelfde verslag. Nakijken kan op ${origin}/controleren/.`);
  const body = lines.join('\n');
  return { subject, body, href: `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` };
}
