/**
 * One backup file with everything (every document, "mijn vragen", the team data), optionally
 * encrypted with a passphrase; and restoring such a file, with the merge shown before anything
 * changes. A wrong, damaged or foreign file changes nothing.
 */
import { useRef, useState } from 'preact/hooks';
import {
  backupFileName,
  collectContent,
  makeBackupFile,
  openBackupFile,
  passphraseProblem,
  readBackupFile,
  type BackupContent,
  type BackupFile,
} from '../../lib/backup/backup.ts';
import { holdsNothing, markBackupMade, markRestoredFrom } from '../../lib/backup/reminder.ts';
import { applyRestore, describePlan, planRestore, type RestorePlan } from '../../lib/backup/restore.ts';
import { openBrowserStorage } from '../../lib/stores/storage.ts';
import { loadTeam } from '../../lib/stores/team.ts';
import { BACKUP_MADE_EVENT } from '../ui/BackupReminder.tsx';
import { downloadFile, readChosenFile } from '../ui/download.ts';

type Msg = { tone: 'ok' | 'error'; text: string; lines?: string[]; ms?: number } | null;

export function BackupPanel({ onRestored }: { onRestored: () => void }) {
  const [encrypt, setEncrypt] = useState(true);
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Msg>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ file: BackupFile; name: string } | null>(null);
  const [restorePass, setRestorePass] = useState('');
  const [plan, setPlan] = useState<{ plan: RestorePlan; name: string; spent: number; createdAt: string } | null>(null);
  const [restored, setRestored] = useState<Msg>(null);

  async function makeBackup() {
    if (encrypt) {
      const problem = passphraseProblem(pass, pass2);
      if (problem) return setMade({ tone: 'error', text: problem });
    }
    setBusy(true);
    setMade(null);
    try {
      const { store } = openBrowserStorage();
      const { content, skipped } = collectContent(store);
      const now = new Date();
      const text = await makeBackupFile(content, now, encrypt ? pass : undefined);
      const name = backupFileName(now, encrypt);
      downloadFile(text, name, 'application/json');
      markBackupMade(store, now);
      dispatchEvent(new Event(BACKUP_MADE_EVENT));
      const kb = Math.max(1, Math.round(new TextEncoder().encode(text).length / 1024));
      setMade({
        tone: 'ok',
        text: `De reservekopie “${name}” is gedownload (${kb} kB): ${content.documents.length} ${content.documents.length === 1 ? 'document' : 'documenten'}, ${content.myQuestions.length} ${content.myQuestions.length === 1 ? 'vraag' : 'vragen'} uit “Mijn vragen” en je teamgegevens. ${
          encrypt
            ? 'Ze is versleuteld: zonder je wachtwoord kan niemand ze lezen. Vergeet je het wachtwoord, dan kan niemand ze nog openen, ook jij niet.'
            : 'Ze is niet versleuteld: wie het bestand heeft, kan alles lezen. Bewaar het op een veilige plek.'
        }${skipped.length ? ` ${skipped.length === 1 ? 'Eén opgeslagen waarde kon' : `${skipped.length} opgeslagen waarden konden`} niet gelezen worden en ${skipped.length === 1 ? 'zit' : 'zitten'} er niet in.` : ''}`,
      });
      setPass('');
      setPass2('');
    } catch {
      setMade({ tone: 'error', text: 'De reservekopie kon niet gemaakt worden. Probeer het opnieuw, of download de documenten één voor één.' });
    } finally {
      setBusy(false);
    }
  }

  function showPlan(content: BackupContent, name: string, started: number, createdAt: string) {
    const { store } = openBrowserStorage();
    // The time spent so far (decrypting, checking, planning), without the wait for the click.
    setPlan({ plan: planRestore(store, content), name, spent: performance.now() - started, createdAt });
  }

  async function onFile(e: Event) {
    const el = e.currentTarget as HTMLInputElement;
    const file = el.files?.[0];
    el.value = '';
    if (!file) return;
    const started = performance.now();
    setRestored(null);
    setPlan(null);
    setPending(null);
    const read = await readChosenFile(file, 50 * 1024 * 1024);
    if (!read.ok) return setRestored({ tone: 'error', text: `Terugzetten lukte niet. ${read.message}` });
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(read.value);
    } catch {
      return setRestored({ tone: 'error', text: 'Terugzetten lukte niet. Dit bestand is geen reservekopie van Gesprekswijzer (het is geen tekst). Er is niets veranderd.' });
    }
    const outer = readBackupFile(text);
    if (!outer.ok) return setRestored({ tone: 'error', text: `Terugzetten lukte niet. ${outer.message}` });
    if (outer.value.encrypted) {
      setPending({ file: outer.value, name: file.name });
      setRestorePass('');
      requestAnimationFrame(() => document.getElementById('herstel-wachtwoord')?.focus());
      return;
    }
    const content = await openBackupFile(outer.value);
    if (!content.ok) return setRestored({ tone: 'error', text: `Terugzetten lukte niet. ${content.message}` });
    showPlan(content.value, file.name, started, outer.value.createdAt);
  }

  async function unlock() {
    if (!pending) return;
    setBusy(true);
    const started = performance.now();
    const content = await openBackupFile(pending.file, restorePass);
    setBusy(false);
    if (!content.ok) {
      setRestored({ tone: 'error', text: `Openen lukte niet. ${content.message}` });
      return;
    }
    setRestored(null);
    setPending(null);
    setRestorePass('');
    showPlan(content.value, pending.name, started, pending.file.createdAt);
  }

  function apply() {
    if (!plan) return;
    const t0 = performance.now();
    const { store, mode } = openBrowserStorage();
    const wasEmpty = holdsNothing(store);
    const r = applyRestore(store, plan.plan);
    if (!r.ok) {
      setRestored({ tone: 'error', text: r.message });
      setPlan(null);
      return;
    }
    const ms = Math.round(plan.spent + performance.now() - t0);
    // This browser now holds exactly the backup: no reminder to make one right away.
    if (wasEmpty) {
      markRestoredFrom(store, plan.createdAt);
      dispatchEvent(new Event(BACKUP_MADE_EVENT));
    }
    loadTeam(store);
    onRestored();
    setRestored({
      tone: 'ok',
      text: `De reservekopie “${plan.name}” is teruggezet.${mode === 'memory' ? ' Let op: je browser bewaart niets voor deze site, dus na herladen is het weer weg.' : ''}`,
      lines: describePlan(plan.plan),
      ms,
    });
    setPlan(null);
    requestAnimationFrame(() => document.getElementById('herstel-resultaat')?.focus());
  }

  return (
    <div class="backup">
      <div class="backup-make">
        <h3>Reservekopie maken</h3>
        <p>Eén bestand met alles wat deze site in je browser bewaart: alle voorbereidingen en verslagen, je lijst “Mijn vragen” en je teamgegevens (mensen en afgevinkte afspraken). Met dat bestand zet je alles terug, ook op een ander toestel.</p>
        <div class="check">
          <input type="checkbox" id="reservekopie-versleutel" checked={encrypt} onChange={(e) => setEncrypt((e.currentTarget as HTMLInputElement).checked)} />
          <label for="reservekopie-versleutel">Versleutel met een wachtwoord (aangeraden)</label>
        </div>
        {encrypt && (
          <div class="backup-pass">
            <p class="field-help" id="reservekopie-wachtwoord-hulp">
              Kies een wachtwoord dat je nergens anders gebruikt, bijvoorbeeld een korte zin van vier of vijf woorden. Je browser versleutelt het bestand zelf (AES-GCM, met een sleutel uit je wachtwoord). Deze site bewaart het wachtwoord nergens. Vergeet je het, dan kan niemand het bestand nog openen, ook jij niet.
            </p>
            <div class="field">
              <label for="reservekopie-wachtwoord">Wachtwoord</label>
              <input id="reservekopie-wachtwoord" type="password" autocomplete="new-password" value={pass} aria-describedby="reservekopie-wachtwoord-hulp" onInput={(e) => setPass((e.currentTarget as HTMLInputElement).value)} />
            </div>
            <div class="field">
              <label for="reservekopie-wachtwoord-2">Typ het wachtwoord nog eens</label>
              <input id="reservekopie-wachtwoord-2" type="password" autocomplete="new-password" value={pass2} onInput={(e) => setPass2((e.currentTarget as HTMLInputElement).value)} />
            </div>
          </div>
        )}
        <p>
          <button type="button" onClick={makeBackup} disabled={busy}>{busy ? 'Bezig…' : 'Reservekopie downloaden'}</button>
        </p>
        <div role="status" aria-live="polite">{made && <p class={`notice ${made.tone}`} data-testid="reservekopie-melding">{made.text}</p>}</div>
        <p class="small muted">Bewaar het bestand op een plek waar alleen jij bij kunt, bijvoorbeeld een usb-stick in een lade die op slot kan. Een versleuteld bestand is zo veilig als je wachtwoord; een bestand zonder wachtwoord kan iedereen lezen die het vindt.</p>
      </div>

      <div class="backup-restore">
        <h3>Reservekopie terugzetten</h3>
        <p>Wat al in deze browser staat, blijft staan. Nieuwe documenten komen erbij; wat er precies zo al staat, wordt overgeslagen. Staat hetzelfde document hier met andere inhoud, dan komen ze er allebei: dat uit de reservekopie krijgt “uit reservekopie” in de naam.</p>
        <p>
          <button type="button" class="secondary" onClick={() => fileInput.current?.click()}>Kies een reservekopie…</button>
        </p>
        <input ref={fileInput} name="reservekopie" class="visually-hidden" type="file" accept=".json,application/json" tabIndex={-1} aria-hidden="true" data-testid="reservekopie-bestand" onChange={onFile} />
        {pending && (
          <form class="backup-unlock" onSubmit={(e) => { e.preventDefault(); void unlock(); }}>
            <p>“{pending.name}” is versleuteld. Typ het wachtwoord dat je bij het maken koos.</p>
            <div class="field">
              <label for="herstel-wachtwoord">Wachtwoord van de reservekopie</label>
              <input id="herstel-wachtwoord" type="password" autocomplete="current-password" value={restorePass} onInput={(e) => setRestorePass((e.currentTarget as HTMLInputElement).value)} />
            </div>
            <div class="inline">
              <button type="submit" disabled={busy}>{busy ? 'Bezig met openen…' : 'Openen'}</button>
              <button type="button" class="secondary" onClick={() => { setPending(null); setRestored(null); }}>Annuleren</button>
            </div>
          </form>
        )}
        {plan && (
          <div class="notice restore-plan" data-testid="herstel-plan">
            <p>Dit gebeurt als je “{plan.name}” terugzet:</p>
            <ul>{describePlan(plan.plan).map((l) => <li key={l}>{l}</li>)}</ul>
            <div class="inline">
              <button type="button" onClick={apply}>Terugzetten</button>
              <button type="button" class="secondary" onClick={() => setPlan(null)}>Annuleren</button>
            </div>
          </div>
        )}
        <div role="status" aria-live="polite">
          {restored && (
            <div class={`notice ${restored.tone}`} id="herstel-resultaat" tabIndex={-1} data-testid="herstel-melding" data-ms={restored.ms}>
              <p>{restored.text}</p>
              {restored.lines && <ul>{restored.lines.map((l) => <li key={l}>{l}</li>)}</ul>}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
