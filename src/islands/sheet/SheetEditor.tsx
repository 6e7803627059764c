/**
 * The preparation sheet island: renders a declared form, autosaves it, and
 * offers print, PDF, export and import. The server renders the empty form;
 * after mount the stored document is loaded.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FormData, FormDefinition, ListField, PickedQuestion, RowValue, RowsField } from '../../lib/forms/definition.ts';
import { formCodec } from '../../lib/forms/codec.ts';
import { fieldIssues } from '../../lib/forms/validation.ts';
import { SHEETS, sheetLabel, type SheetAudience } from '../../lib/forms/sheets/index.ts';
import { sheetGuidance } from '../../lib/forms/guidance.ts';
import { exportFileName } from '../../lib/documents/fileName.ts';
import { myQuestions } from '../../lib/stores/myQuestions.ts';
import { DocumentBar } from '../documents/DocumentBar.tsx';
import { useDocument } from '../documents/useDocument.ts';
import { downloadFile } from '../documents/download.ts';
import { loadPdfEngine, prefetchPdfEngine } from '../../lib/pdf/loader.ts';
import { ChecklistControl, ListControl, QuestionsControl, RowsControl, TextControl, TextareaControl, fieldDomId } from './fields.tsx';

interface Props { audience: SheetAudience }

// The PDF engine and its fonts load in parallel with this small module.
const loadPdfModule = () => (loadPdfEngine().catch(() => undefined), import('../../lib/forms/sheetPdf.ts'));

export default function SheetEditor({ audience }: Props) {
  const def: FormDefinition = SHEETS[audience];
  const codec = useMemo(() => formCodec(def, sheetLabel(def)), [def]);
  const doc = useDocument(codec);
  const { data } = doc;
  const [available, setAvailable] = useState<PickedQuestion[]>([]);
  const [pdfState, setPdfState] = useState<{ busy: boolean; message?: string; error?: boolean }>({ busy: false });

  // The personal question list lives in another store; read it after mount.
  useEffect(() => myQuestions.subscribe((list) => setAvailable(list.map((q) => ({ id: q.id, text: q.text })))), []);

  const set = (id: string, value: FormData[string]) => doc.update((d) => ({ ...d, [id]: value }));
  const issues = fieldIssues(def, data);
  const guidance = sheetGuidance(def, data);
  const dateOf = (d: FormData) => (def.dateField ? String(d[def.dateField] ?? '') : '');

  // The PDF code loads ahead: at the first input (idle, low priority), or on pointer/focus on the button.
  const warmUp = () => void loadPdfModule().catch(() => undefined);

  async function downloadPdf() {
    setPdfState({ busy: true, message: 'De PDF wordt gemaakt…' });
    try {
      const { buildSheetPdf } = await loadPdfModule();
      const bytes = await buildSheetPdf(def, data, new Date());
      const name = exportFileName(def.kind, codec.nameOf(data), dateOf(data), 'pdf');
      downloadFile(bytes, name, 'application/pdf');
      setPdfState({ busy: false, message: `De PDF "${name}" is gedownload.` });
    } catch (e) {
      console.error(e);
      setPdfState({ busy: false, error: true, message: 'De PDF kon niet gemaakt worden. Je gegevens zijn nog bewaard; probeer het opnieuw of druk het blad af.' });
    }
  }

  return (
    <div class="sheet-editor">
      <DocumentBar
        codec={codec}
        doc={doc}
        noun="voorbereiding"
        dateOf={dateOf}
      >
        <button type="button" onClick={downloadPdf} onPointerEnter={warmUp} onFocus={warmUp} disabled={pdfState.busy} aria-describedby="pdf-status">
          {pdfState.busy ? 'PDF wordt gemaakt…' : 'Download als PDF'}
        </button>
      </DocumentBar>
      <p id="pdf-status" class={`notice ${pdfState.error ? 'error' : ''} no-print`} role="status" aria-live="polite" hidden={!pdfState.message}>
        {pdfState.message}
      </p>

      <form class="sheet" onSubmit={(e) => e.preventDefault()} onInput={(e) => prefetchPdfEngine(loadPdfModule, e)} aria-label={def.title}>
        {/* Locked until the stored document is loaded, so nothing typed early is overwritten. */}
        <fieldset class="form-lock" disabled={doc.save.kind === 'loading'}>
        {def.sections.map((section) => (
          <section key={section.id} class="sheet-section" aria-labelledby={`sectie-${section.id}`}>
            <h2 id={`sectie-${section.id}`}>{section.title}</h2>
            {section.intro && <p class="section-intro">{section.intro}</p>}
            {section.fields.map((field) => {
              const value = data[field.id];
              const fieldIssueList = issues.filter((i) => i.fieldId === field.id).map((i) => i.message);
              const guide = guidance[field.id];
              const warnings = [...(guide?.warnings ?? []), ...fieldIssueList];
              const hintBox = (guide || warnings.length > 0) && (
                <div class={`hints ${warnings.length ? '' : 'neutral'}`} id={`${fieldDomId(field.id)}-tips`} role="status" aria-live="polite">
                  {guide?.count && <p>{guide.count}</p>}
                  {warnings.map((h) => <p key={h}>{h}</p>)}
                </div>
              );
              switch (field.kind) {
                case 'text':
                case 'date':
                  return <div key={field.id}><TextControl field={field} value={String(value ?? '')} onChange={(v) => set(field.id, v)} />{hintBox}</div>;
                case 'textarea':
                  return <div key={field.id}><TextareaControl field={field} value={String(value ?? '')} onChange={(v) => set(field.id, v)} />{hintBox}</div>;
                case 'checklist':
                  return <ChecklistControl key={field.id} field={field} value={(value as string[]) ?? []} onChange={(v) => set(field.id, v)} />;
                case 'list':
                  return <ListControl key={field.id} field={field as ListField} value={(value as string[]) ?? []} onChange={(v) => set(field.id, v)}>{hintBox}</ListControl>;
                case 'rows':
                  return <RowsControl key={field.id} field={field as RowsField} value={(value as RowValue[]) ?? []} onChange={(v) => set(field.id, v)}>{hintBox}</RowsControl>;
                case 'questions':
                  return <QuestionsControl key={field.id} field={field} value={(value as PickedQuestion[]) ?? []} onChange={(v) => set(field.id, v)} available={available} />;
              }
            })}
          </section>
        ))}
        </fieldset>
      </form>
    </div>
  );
}
