/**
 * The document controls shared by the preparation sheets and the report:
 * which document is open (several side by side), the autosave state, and
 * new / export / import / print / clear / delete. Import never changes
 * anything unless the file is valid; problems are said in Dutch.
 */
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { parseExportFile, serializeEnvelope, type Codec, type Envelope } from '../../lib/documents/envelope.ts';
import type { DocSummary } from '../../lib/documents/storage.ts';
import { KIND_LABELS } from '../../lib/forms/sheets/index.ts';
import { exportFileName } from '../../lib/documents/fileName.ts';
import { downloadFile, readChosenFile } from './download.ts';
import type { DocumentHandle } from './useDocument.ts';

interface Props<T> {
  codec: Codec<T>;
  /** The document hook of the island (see useDocument). */
  doc: DocumentHandle<T>;
  /** Word for one document in the picker, e.g. "voorbereiding". */
  noun: string;
  dateOf: (data: T) => string;
  /** Extra import route, e.g. a report PDF. Returns a message or an envelope, or null for "not mine". */
  importOther?: (file: File) => Promise<{ ok: true; value: Envelope<T> } | { ok: false; message: string } | null>;
  acceptImport?: string;
  children?: ComponentChildren;
}

const time = (d: Date) => d.toLocaleTimeString('nl-BE', { hour: '2-digit', minute: '2-digit' });

export function DocumentBar<T>(p: Props<T>) {
  const { doc } = p;
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const label = (d: DocSummary) => `${d.name || 'Naamloos'}${d.updatedAt ? ` — ${new Date(d.updatedAt).toLocaleString('nl-BE', { dateStyle: 'short', timeStyle: 'short' })}` : ''}`;
  const inList = doc.docs.some((d) => d.id === doc.env.id);

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage(null);
    let result: { ok: true; value: Envelope<T> } | { ok: false; message: string } | null = null;
    if (p.importOther) result = await p.importOther(file);
    if (!result) {
      const read = await readChosenFile(file, 5 * 1024 * 1024);
      if (!read.ok) return setMessage({ tone: 'error', text: read.message });
      const isPdf = new TextDecoder('latin1').decode(read.bytes.subarray(0, 1024)).includes('%PDF-');
      result = isPdf
        ? { ok: false, message: `Dit is een PDF. Hier kun je alleen een exportbestand (.json) van een ${p.codec.label} importeren. Er is niets veranderd.` }
        : parseExportFile(p.codec, new TextDecoder('utf-8').decode(read.bytes), KIND_LABELS);
    }
    if (!result.ok) return setMessage({ tone: 'error', text: `Importeren lukte niet. ${result.message}` });
    doc.addImported(result.value);
    setMessage({ tone: 'ok', text: `"${result.value.name || file.name}" is geïmporteerd en geopend. Je andere documenten zijn er nog.` });
  }

  function onExport() {
    downloadFile(serializeEnvelope(doc.env), exportFileName(p.codec.kind, doc.env.name, p.dateOf(doc.env.data), 'json'), 'application/json');
    setMessage({ tone: 'ok', text: 'Het bestand is gedownload. Bewaar het goed: het bevat alles wat je invulde.' });
  }

  return (
    <div class="doc-bar no-print">
      <div class="doc-bar-row">
        <label class="doc-pick">
          <span>Open {p.noun}</span>
          <select name="document" value={doc.env.id} onChange={(e) => doc.switchTo((e.currentTarget as HTMLSelectElement).value)}>
            {!inList && <option value={doc.env.id}>{doc.env.name || 'Nieuw (nog leeg)'}</option>}
            {doc.docs.map((d) => (
              <option key={d.id} value={d.id}>{label(d)}</option>
            ))}
          </select>
        </label>
        <button type="button" class="secondary" onClick={() => doc.createNew()}>Nieuw document</button>
        <p class="save-state" role="status" aria-live="polite">
          {doc.save.kind === 'loading' && 'Laden…'}
          {doc.save.kind === 'pending' && 'Wordt bewaard…'}
          {doc.save.kind === 'saved' && (doc.save.at ? `Opgeslagen in je browser om ${time(doc.save.at)}` : 'Alles wat je typt, wordt in je browser bewaard.')}
          {doc.save.kind === 'error' && <strong class="error-text">{doc.save.message}</strong>}
        </p>
      </div>
      {doc.problems.map((text) => (
        <p class="notice error" role="alert" key={text}>{text}</p>
      ))}
      <div class="doc-actions" role="group" aria-label="Bestand">
        {p.children}
        <button type="button" class="secondary" onClick={() => window.print()}>Afdrukken</button>
        <button type="button" class="secondary" onClick={onExport}>Exporteer (bestand)</button>
        <button type="button" class="secondary" onClick={() => fileInput.current?.click()}>Importeer…</button>
        <input ref={fileInput} name="importeer-bestand" class="visually-hidden" type="file" accept={p.acceptImport ?? '.json,application/json'} tabIndex={-1} aria-hidden="true" onChange={onFile} />
        <button
          type="button"
          class="danger"
          onClick={() => {
            if (window.confirm('Wil je alles wissen wat in dit document staat? Dit kun je niet ongedaan maken. Exporteer het eerst als je het wilt bewaren.')) {
              doc.clear();
              setMessage({ tone: 'ok', text: 'Het document is leeggemaakt.' });
            }
          }}
        >
          Wis alles
        </button>
        {inList && (
          <button
            type="button"
            class="danger"
            onClick={() => {
              if (window.confirm(`Wil je "${doc.env.name || 'dit document'}" verwijderen uit je browser? Dit kun je niet ongedaan maken.`)) {
                doc.removeCurrent();
                setMessage({ tone: 'ok', text: 'Het document is verwijderd.' });
              }
            }}
          >
            Verwijder document
          </button>
        )}
      </div>
      <div role="status" aria-live="polite" class="doc-message">
        {message && <p class={`notice ${message.tone}`}>{message.text}</p>}
      </div>
    </div>
  );
}
