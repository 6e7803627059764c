/**
 * A gentle reminder (no pop-up) when something changed since the last backup of everything
 * and that is more than two weeks ago. "Later" hides it until the next page.
 */
import { useEffect, useState } from 'preact/hooks';
import { backupReminder, REMINDER_DAYS } from '../../lib/backup/reminder.ts';
import { formatDate, localIsoDate } from '../../lib/shared/dates.ts';
import { openBrowserStorage } from '../../lib/stores/storage.ts';

/** Fired on window after a backup was made (the reminder hides itself). */
export const BACKUP_MADE_EVENT = 'gw:reservekopie-gemaakt';

export function BackupReminder({ href = '/team/#reservekopie' }: { href?: string }) {
  const [due, setDue] = useState<{ lastBackup: string } | null>(null);
  useEffect(() => {
    const check = () => {
      try {
        const s = openBrowserStorage();
        setDue(s.mode === 'browser' ? backupReminder(s.store, new Date()) : null);
      } catch {
        setDue(null);
      }
    };
    check();
    addEventListener(BACKUP_MADE_EVENT, check);
    return () => removeEventListener(BACKUP_MADE_EVENT, check);
  }, []);
  if (!due) return null;
  const when = due.lastBackup ? `Je laatste reservekopie van alles is van ${formatDate(localIsoDate(new Date(due.lastBackup)))}.` : 'Je hebt nog geen reservekopie van alles gemaakt.';
  return (
    <div class="notice backup-reminder no-print">
      <p>
        {when} Sindsdien is er iets veranderd, en dat is meer dan {REMINDER_DAYS} dagen geleden. Alles staat alleen in deze browser, op dit toestel.{' '}
        <a href={href}>Maak een reservekopie</a>
      </p>
      <button type="button" class="link small" onClick={() => setDue(null)}>Later</button>
    </div>
  );
}
