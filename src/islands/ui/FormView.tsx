/**
 * Any declared document as a form: sections in order, one control per field (by kind), live
 * hints beside fields, and slots for what a page adds (e.g. "Neem over uit vorig verslag").
 * Fields are memoised: a keystroke re-renders only the field that changed.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import type { Field, FieldGuidance, FieldValue, FormData, FormDefinition } from '../../lib/forms/definition.ts';
import { fieldIssues, type FieldIssue } from '../../lib/forms/schema.ts';
import { kindOf } from '../../lib/forms/kinds/index.ts';
import { phaseHref } from '../../lib/content/taxonomy.ts';
import { addWeeks, isIsoDate, localIsoDate } from '../../lib/shared/dates.ts';
import { CONTROLS, type AnyControl } from './controls/index.ts';
import { fieldDomId } from './focus.ts';
import { FieldFrame, Hints, PrefilledMark } from './Field.tsx';
import { memo } from './memo.ts';
import { Later } from './Later.tsx';

export interface FormViewProps {
  def: FormDefinition;
  data: FormData;
  /** Sets one field (the island's document store). */
  setField: (id: string, value: FieldValue) => void;
  /** Fields filled from a preparation and not yet edited. */
  prefilled?: readonly string[];
  /** Extra content after a field, by field id. */
  fieldExtras?: Record<string, ComponentChildren>;
  /** Extra content at the end of a section, by section id. */
  sectionExtras?: Record<string, ComponentChildren>;
  /** Controls for kinds the shared kit leaves to the page (the report's signatures). */
  controls?: Partial<Record<Field['kind'], AnyControl>>;
  /** Leave these fields out (e.g. the signatures, shown elsewhere). */
  omit?: readonly string[];
}

interface ItemProps {
  field: Field;
  value: FieldValue;
  onChange: (v: FieldValue) => void;
  today: string;
  suggestion?: string;
  count?: string;
  /** Warnings joined by newlines (a string, so that unchanged hints do not re-render). */
  warnings: string;
  prefilled: boolean;
  control: AnyControl;
}

const FieldItem = memo(function FieldItem({ field, value, onChange, today, suggestion, count, warnings, prefilled, control: Control }: ItemProps) {
  const list = warnings ? warnings.split('\n') : [];
  const hintsId = count || list.length ? `${fieldDomId(field.id)}-tips` : undefined;
  const block = field.kind !== 'text' && field.kind !== 'date' && field.kind !== 'textarea';
  return (
    <FieldFrame field={field} wide={block}>
      <PrefilledMark show={prefilled} />
      <Control field={field} value={value} onChange={onChange} hintsId={hintsId} today={today} suggestion={suggestion} />
      {hintsId && <Hints id={hintsId} count={count} warnings={list} />}
    </FieldFrame>
  );
});

export function FormView({ def, data, setField, prefilled = [], fieldExtras = {}, sectionExtras = {}, controls = {}, omit = [] }: FormViewProps) {
  // One stable onChange per field, so memoised fields skip re-rendering.
  const setter = useRef(setField);
  setter.current = setField;
  const handlers = useMemo(() => new Map<string, (v: FieldValue) => void>(), []);
  const handler = (id: string) => {
    let h = handlers.get(id);
    if (!h) handlers.set(id, (h = (v: FieldValue) => setter.current(id, v)));
    return h;
  };
  // Worked out on first use: a render in which every section is still asleep (Later.tsx) needs neither.
  let checked: { issues: FieldIssue[]; guidance: Record<string, FieldGuidance> } | undefined;
  const check = () => (checked ??= { issues: fieldIssues(def, data), guidance: def.guidance?.(data) ?? {} });
  const talk = def.dateField ? data[def.dateField] : '';
  const today = isIsoDate(talk) ? talk : localIsoDate(new Date());
  return (
    <>
      {def.sections.map((section) => {
        const fields = section.fields.filter((f) => !omit.includes(f.id));
        if (!fields.length) return null;
        const attrs = { class: 'sheet-section', id: section.id, 'aria-labelledby': `${section.id}-titel` };
        const body = () => (
          <>
            <h2 id={`${section.id}-titel`} tabIndex={-1}>{section.title}</h2>
            {(section.intro || section.phase) && (
              <p class="section-intro">
                {section.intro}
                {section.phase && (
                  <>
                    {section.intro ? ' ' : ''}
                    <a class="no-print" href={phaseHref(section.phase)}>Meer over fase {section.phase} in de gids</a>
                  </>
                )}
              </p>
            )}
            <div class="fields">
              {fields.map((field) => {
                const control = controls[field.kind] ?? CONTROLS[field.kind];
                if (!control) return null;
                const { issues, guidance } = check();
                const g = guidance[field.id];
                const warnings = [...(g?.warnings ?? []), ...issues.filter((i) => i.fieldId === field.id).map((i) => i.message)];
                const suggestion = field.kind === 'date' && field.suggest ? addWeeks(String(data[field.suggest.from] ?? ''), field.suggest.weeks) || undefined : undefined;
                return (
                  <div key={field.id} class={`field-slot${field.half ? ' half' : ''}`}>
                    <FieldItem
                      field={field}
                      value={data[field.id] ?? kindOf(field).empty(field)}
                      onChange={handler(field.id)}
                      today={today}
                      suggestion={suggestion}
                      count={g?.count}
                      warnings={warnings.join('\n')}
                      prefilled={prefilled.includes(field.id)}
                      control={control}
                    />
                    {fieldExtras[field.id]}
                  </div>
                );
              })}
            </div>
            {sectionExtras[section.id]}
          </>
        );
        // Each section comes alive in its own short task just after hydration (Later.tsx); until
        // then its content is not even built.
        return <Later as="section" key={section.id} {...attrs}>{body}</Later>;
      })}
    </>
  );
}
