/** The guide's worked example (lib/guide/workedExample) as a report, for "Voorbeeld laden". */
import { WORKED_EXAMPLE, type WorkedExample } from '../../lib/guide/workedExample.ts';
import { emptyReport, newId, type Report } from '../../lib/report/model.ts';

export function exampleReport(ex: WorkedExample = WORKED_EXAMPLE): Report {
  const r = emptyReport();
  r.details = {
    organisation: ex.organisation,
    employee: { ...ex.employee },
    manager: { ...ex.manager },
    date: ex.date,
    place: ex.place,
    period: ex.period,
    writtenBy: ex.manager.name,
    recipients: `${ex.employee.name} en ${ex.manager.name}`,
    storage: 'Personeelsmap in de afgesloten kast van het kantoor',
  };
  r.lookBack = ex.lookBack.map((l) => ({ id: newId(), agreement: l.agreement, status: l.status, note: l.note }));
  r.employeeView = ex.employeeView;
  r.deepening = ex.deepening;
  r.feedbackToManager = ex.feedbackToManager;
  r.managerStrengths = ex.managerStrengths.join('\n');
  r.developmentPoints = ex.developmentPoints.map((text) => ({ id: newId(), text }));
  r.conditions = ex.conditions;
  r.developmentWishes = ex.developmentWishes;
  r.agreements = ex.agreements.map((a) => ({
    id: newId(),
    what: a.what,
    owner: a.owner,
    ownerName: a.ownerName ?? '',
    due: a.due,
    measure: a.measure,
    support: a.support,
  }));
  r.followUp = { checkInDate: ex.checkInDate, nextTalkDate: ex.nextTalkDate };
  // The reaction is the employee's; the manager's signature doesn't cover it (lib/report/signing.ts).
  r.closing = { experience: ex.experience, employeeReaction: ex.employeeReaction };
  return r;
}
