/** A filled-in report used by several report tests (fictional people, a small bakery). */
import type { Report } from '../../src/lib/report/model.ts';
import { emptyReport } from '../../src/lib/report/model.ts';

export function sampleReport(): Report {
  const r = emptyReport();
  r.details = {
    organisation: 'Bakkerij De Korenbloem',
    employee: { name: 'Zoë Wiśniewska-Ağaoğlu', jobTitle: 'Verkoopster' },
    manager: { name: 'Jeroen Peeters', jobTitle: 'Zaakvoerder' },
    date: '2025-03-14',
    place: 'Achterkamer van de winkel',
    period: 'maart 2024 – maart 2025',
    writtenBy: 'Jeroen Peeters',
    recipients: 'Zoë en Jeroen',
    storage: 'Personeelsmap in de kast van het kantoor',
  };
  r.lookBack = [
    { id: 'lb1', agreement: 'Kassa-opleiding volgen', status: 'nagekomen', note: 'Gedaan in mei.' },
    { id: 'lb2', agreement: 'Taarten op bestelling leren maken', status: 'deels', note: 'Twee keer meegedraaid.' },
  ];
  r.employeeView = 'Ik sta graag in de winkel.\nDe drukte op zaterdag is zwaar.';
  r.deepening = 'Vooral tussen 10 en 12 uur is het druk.';
  r.feedbackToManager = 'Graag het rooster een week vroeger.';
  r.managerStrengths = 'Vriendelijk voor klanten\nNauwkeurig met de kassa\nHelpt collega’s';
  r.developmentPoints = [{ id: 'dp1', text: 'Bestellingen sneller doorgeven aan het atelier' }];
  r.conditions = 'De tweede kassa hapert.';
  r.wellbeing = 'Goed, soms moe na het weekend.';
  r.developmentWishes = 'Meer leren over taarten en ideeën voor de etalage.';
  r.agreements = [
    {
      id: 'a1',
      what: 'Zoë volgt de cursus taartdecoratie bij Syntra',
      owner: 'medewerker',
      ownerName: '',
      due: '2025-06-30',
      measure: 'Certificaat behaald en 3 taarten zelf gemaakt',
      support: 'Bakkerij betaalt de cursus; les valt in werktijd',
    },
    {
      id: 'a2',
      what: 'Jeroen laat de tweede kassa herstellen',
      owner: 'leidinggevende',
      ownerName: '',
      due: '2025-04-15',
      measure: 'Kassa werkt een maand zonder storing',
      support: '',
    },
  ];
  r.followUp = { checkInDate: '2025-04-25', nextTalkDate: '2026-03-13' };
  r.closing = { experience: 'Open gesprek, goed voorbereid.', employeeReaction: 'Ik ben akkoord met het verslag.' };
  return r;
}
