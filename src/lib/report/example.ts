/** The guide's worked example (lib/guide/workedExample) as a report, for "Voorbeeld laden". */
import { WORKED_EXAMPLE, type WorkedExample } from '../guide/workedExample.ts';
import { LEGACY_STATUS } from '../forms/common.ts';
import type { AgreementOwner } from '../forms/definition.ts';
import { newId } from '../shared/ids.ts';
import { reportCodec, type Report } from './codec.ts';

const OWNER: Record<string, AgreementOwner> = { medewerker: 'employee', leidinggevende: 'manager', organisatie: 'organisation', ander: 'other' };

export function exampleReport(ex: WorkedExample = WORKED_EXAMPLE): Report {
  return {
    ...reportCodec.empty(),
    organisation: ex.organisation,
    employeeName: ex.employee.name,
    employeeJobTitle: ex.employee.jobTitle,
    managerName: ex.manager.name,
    managerJobTitle: ex.manager.jobTitle,
    talkDate: ex.date,
    place: ex.place,
    period: ex.period,
    writtenBy: ex.manager.name,
    recipients: `${ex.employee.name} en ${ex.manager.name}`,
    storage: 'Personeelsdossier in de afgesloten kast van het kantoor',
    lookBack: ex.lookBack.map((l) => ({ id: newId(6), agreement: l.agreement, status: LEGACY_STATUS[l.status] ?? '', note: l.note })),
    employeeView: ex.employeeView,
    deepening: ex.deepening,
    feedbackToManager: ex.feedbackToManager,
    managerStrengths: ex.managerStrengths.join('\n'),
    developmentPoints: ex.developmentPoints.map((text) => ({ id: newId(6), text })),
    conditions: ex.conditions,
    developmentWishes: ex.developmentWishes,
    agreements: ex.agreements.map((a) => ({ id: newId(6), what: a.what, owner: OWNER[a.owner] ?? '', ownerName: a.ownerName ?? '', due: a.due, measure: a.measure, support: a.support })),
    checkInDate: ex.checkInDate,
    nextTalkDate: ex.nextTalkDate,
    experience: ex.experience,
    // The reaction is the employee's; the manager's signature does not cover it (signing.ts).
    employeeReaction: ex.employeeReaction,
  };
}
