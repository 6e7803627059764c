/**
 * The document controls of the sheets and the report: which document is open (several side by
 * side), the save state, one primary action (the PDF), and the rest under "Meer": new, print,
 * back-up file, open a file, delete. A bad file changes nothing and is explained in Dutch.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseExportFile, serializeEnvelope, type Envelope } from '../../lib/documents/envelope.ts';
import { exportFileName } from '../../lib/documents/fileName.ts';
import { formatClock, formatStamp } from '../../lib/shared/dates.ts';
import type { Result } from '../../lib/shared/result.ts';
import type { DocumentHandle } from './useDocument.ts';
import { importedMessage } from '../../lib/stores/documentTexts.ts';
import { downloadFile, readChosenFile } from './download.ts';
import { BackupReminder } from './BackupReminder.tsx';
import { MoreMenu } from './MoreMenu.tsx';
import { Notices } from './Notices.tsx';

interface Props<T extends object> {
  doc: DocumentHandle<T>;
  /** Words for one document: "voorbereiding", "deze voorbereiding", "Nieuwe voorbereiding". */
  noun: { one: string; this: string; new: string };
  /** Name and date for file names (not the envelope's name, which may hold the date already). */
  fileParts: (data: T) => [string, string];
  /** Opens a PDF of this kind; null when the page cannot read PDFs. */
  openPdf?: (bytes: Uint8Array) => Promise<Result<Envelope<T>>>;
  /** The primary action(s), e.g. "Download PDF". */
  children?: ComponentChildren;
  /** Extra items for the "Meer" menu. */
  menu?: ComponentChildren;
  /** The words on the open-a-file item, when the page's instructions name it (the report: "Open een verslag"). */
  openLabel?: string;
}

export function saveLine(save: DocumentHandle<object>['save']): ComponentChildren {
  switch (save.kind) {
    case 'loading':
      return 'Laden…';
    case 'pending':
      return 'Wordt bewaard…';
    case 'saved':
      return save.at ? `Opgeslagen in je browser om ${formatClock(save.at)}` : 'Alles wat je typt, wordt in je browser bewaard.';
    case 'memory':
      return <strong class="error-text">Niet bewaard: je browser blokkeert opslag. Download een reservekopie.</strong>;
    case 'error':
      return <strong class="error-text">{save.message}</strong>;
  }
}

/**
 * Where the bar sticks to the top (wide screens), the page keeps its height free when it scrolls a
 * field into view (focus, a link to a field): the field in focus is never hidden under the bar.
 * scroll-padding on the root only: a custom property there would restyle the whole page.
 */
function useStickyRoom(bar: { current: HTMLElement | null }) {
  useEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const fit = () => {
      root.style.scrollPaddingTop = getComputedStyle(el).position === 'sticky' ? `${Math.ceil(el.getBoundingClientRect().height) + 8}px` : '';
    };
    const watch = new ResizeObserver(fit);
    watch.observe(el);
    addEventListener('resize', fit);
    return () => {
      watch.disconnect();
      removeEventListener('resize', fit);
      root.style.scrollPaddingTop = '';
    };
  }, []);
}

export function DocumentBar<T extends object>(p: Props<T>) {
  const { doc } = p;
  const { store } = doc;
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  useStickyRoom(bar);
  const inList = doc.docs.some((d) => d.id === doc.env.id);
  const accept = p.openPdf ? '.json,.pdf,application/json,application/pdf' : '.json,application/json';

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage(null);
    const read = await readChosenFile(file);
    if (!read.ok) return setMessage({ tone: 'error', text: `Openen lukte niet. ${read.message}` });
    if (read.value.length === 0) return setMessage({ tone: 'error', text: 'Openen lukte niet. Dit bestand is leeg (misschien niet helemaal gedownload). Er is niets veranderd.' });
    const isPdf = new TextDecoder('latin1').decode(read.value.subarray(0, 1024)).includes('%PDF-');
    if (!isPdf && (/\.pdf$/i.test(file.name) || file.type === 'application/pdf')) {
      return setMessage({ tone: 'error', text: 'Openen lukte niet. Dit bestand heet PDF, maar is geen leesbare PDF: het is beschadigd of niet helemaal gedownload. Er is niets veranderd.' });
    }
    let result: Result<Envelope<T>>;
    if (isPdf) {
      result = p.openPdf
        ? await p.openPdf(read.value)
        : { ok: false, message: `Dit is een PDF. Hier kun je alleen een reservekopie (.json) van een ${store.codec.label} openen. Er is niets veranderd.` };
    } else {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(read.value);
      } catch {
        return setMessage({ tone: 'error', text: 'Openen lukte niet. Dit bestand is geen tekst (JSON) en geen PDF. Er is niets veranderd.' });
      }
      result = parseExportFile(store.codec, text);
    }
    if (!result.ok) return setMessage({ tone: 'error', text: `Openen lukte niet. ${result.message}` });
    const imported = store.addImported(result.value, true);
    const saved = store.$save.get();
    const name = result.value.name || file.name;
    if (saved.kind === 'error') setMessage({ tone: 'error', text: `“${name}” staat op je scherm, maar kon niet bewaard worden. ${saved.message}` });
    else setMessage({ tone: 'ok', text: importedMessage(name, imported, store.codec.describePart) });
  }

  function onBackup() {
    const [name, date] = p.fileParts(doc.env.data);
    const fileName = exportFileName(store.codec.kind, name, date, 'json');
    downloadFile(serializeEnvelope(doc.env), fileName, 'application/json');
    setMessage({
      tone: 'ok',
      text: `De reservekopie “${fileName}” is gedownload. Ze bevat alles wat je invulde. Bewaar ze op een veilige plek: met “${p.openLabel ?? 'Open een bestand'}” (bij “Meer”) zet je alles terug, ook op een ander toestel. Een telefoon kan dit bestand zelf niet tonen; dat hoeft ook niet.`,
    });
  }

  function onDelete() {
    const name = doc.env.name || p.noun.this;
    if (!window.confirm(`Wil je “${name}” verwijderen uit je browser? Dit kun je niet ongedaan maken. Download eerst een reservekopie als je het wilt bewaren.`)) return;
    store.removeCurrent();
    setMessage({ tone: 'ok', text: `“${name}” is verwijderd.` });
  }

  return (
    <div ref={bar} class="doc-bar no-print">
      <div class="doc-bar-row">
        <label class="doc-pick">
          <span>Open {p.noun.one}</span>
          <select name="document" value={doc.env.id} onChange={(e) => store.switchTo((e.currentTarget as HTMLSelectElement).value)}>
            {!inList && <option value={doc.env.id}>{doc.env.name || 'Nieuw (nog leeg)'}</option>}
            {doc.docs.map((d) => (
              <option key={d.id} value={d.id}>{`${d.name || 'Naamloos'}${d.unsaved ? ' — niet bewaard' : d.updatedAt ? ` — ${formatStamp(d.updatedAt)}` : ''}`}</option>
            ))}
          </select>
        </label>
        <p class="save-state" role="status" aria-live="polite">{saveLine(doc.save as DocumentHandle<object>['save'])}</p>
      </div>
      <Notices notices={doc.notices} onDismiss={store.dismiss} />
      <BackupReminder />
      <div class="doc-actions" role="group" aria-label={`Acties voor ${p.noun.this}`}>
        {p.children}
        <MoreMenu id={`meer-${store.codec.kind}`}>
          <button type="button" class="secondary" onClick={() => { store.createNew(); setMessage({ tone: 'ok', text: `${p.noun.new} is geopend. Je andere documenten vind je bij “Open ${p.noun.one}”.` }); }}>{p.noun.new}</button>
          {p.menu}
          <button type="button" class="secondary" onClick={() => window.print()}>Afdrukken</button>
          <button type="button" class="secondary" onClick={onBackup}>Reservekopie downloaden (.json)</button>
          <button type="button" class="secondary" onClick={() => fileInput.current?.click()}>{p.openLabel ?? 'Open een bestand'}…</button>
          {inList && <button type="button" class="danger" onClick={onDelete}>Verwijder {p.noun.this}…</button>}
        </MoreMenu>
        <input ref={fileInput} name="open-bestand" class="visually-hidden" type="file" accept={accept} tabIndex={-1} aria-hidden="true" onChange={onFile} />
      </div>
      <div role="status" aria-live="polite" class="doc-message">
        {message && <p class={`notice ${message.tone}`}>{message.text}</p>}
      </div>
    </div>
  );
}
