/** The follow-up dates as a calendar file (.ics). */
import { useState } from 'preact/hooks';
import { buildIcs } from '../../lib/calendar/ics.ts';
import { exportFileName } from '../../lib/documents/fileName.ts';
import type { Report } from '../../lib/report/codec.ts';
import { followUpEvents } from '../../lib/report/followUp.ts';
import { downloadFile } from '../ui/download.ts';

export function FollowUpIcs({ report }: { report: Report }) {
  const [msg, setMsg] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  function download() {
    const events = followUpEvents(report);
    if (events.length === 0) return setMsg({ tone: 'error', text: 'Kies eerst een datum voor het tussentijdse gesprek of voor het volgende gesprek.' });
    const name = exportFileName('opvolging', report.employeeName, report.talkDate, 'ics');
    downloadFile(buildIcs(events, { now: new Date() }), name, 'text/calendar;charset=utf-8');
    setMsg({ tone: 'ok', text: `Het agendabestand “${name}” is gedownload. Open het om ${events.length === 1 ? 'de afspraak' : 'de afspraken'} in je agenda te zetten.` });
  }
  return (
    <div class="no-print">
      {!report.talkDate && <p class="field-help">Vul bij de gegevens de datum van het gesprek in: dan stelt het formulier een datum voor.</p>}
      <button type="button" class="secondary" id="ics-download" onClick={download}>Zet in je agenda (.ics)</button>
      <div role="status" aria-live="polite" class="row-message">{msg && <p class={`notice ${msg.tone}`}>{msg.text}</p>}</div>
    </div>
  );
}
