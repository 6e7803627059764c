import { formatDate } from '../../lib/shared/dates.ts';
import type { DueItem } from '../../lib/team/overview.ts';

export function DueList({ due, weeks }: { due: DueItem[]; weeks: number }) {
  if (!due.length) return <p class="muted">Niets voorbij en niets gepland in de komende {weeks} weken.</p>;
  return (
    <ul class="due-list" data-testid="binnenkort">
      {due.map((d) => (
        <li key={`${d.personId}-${d.kind}-${d.date}-${d.text}`} class={d.overdue ? 'overdue' : ''}>
          <span class="due-date">{formatDate(d.date)}</span>
          {d.overdue && <strong class="due-flag">Voorbij</strong>}
          <a href={d.href}>{d.text}</a>
        </li>
      ))}
    </ul>
  );
}
