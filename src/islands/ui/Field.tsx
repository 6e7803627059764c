/** The parts every field shares: label, help, example, caution, link, and the printed value. */
import type { ComponentChildren } from 'preact';
import type { Field } from '../../lib/forms/definition.ts';
import { fieldDomId } from './focus.ts';

/** The typed text as plain text, shown instead of the control when printing. */
export function PrintValue({ text }: { text: string }) {
  return <div class="print-value" aria-hidden="true">{text || '—'}</div>;
}

export const helpId = (field: Field) => `${fieldDomId(field.id)}-hulp`;

/** Help, example answer, caution and link under a label. */
export function Help({ field }: { field: Field }) {
  if (!field.help && !field.example && !field.caution && !field.link) return null;
  return (
    <div class="field-help" id={helpId(field)}>
      {field.help && <p>{field.help}</p>}
      {field.example && <p class="example">Bijvoorbeeld: {field.example}</p>}
      {field.caution && <p class="caution"><span aria-hidden="true">⚠ </span>{field.caution}</p>}
      {field.link && <p class="no-print"><a href={field.link.href}>{field.link.text}</a></p>}
    </div>
  );
}

export const hasHelp = (field: Field) => !!(field.help || field.example || field.caution || field.link);

/** ids for aria-describedby: the help and any extra ids (hints, counters). */
export function describedBy(field: Field, ...extra: (string | false | undefined)[]): string | undefined {
  return [hasHelp(field) ? helpId(field) : '', ...extra].filter(Boolean).join(' ') || undefined;
}

/** Live guidance and soft issues beside a field. */
export function Hints({ id, count, warnings }: { id: string; count?: string; warnings: string[] }) {
  return (
    <div class={`hints ${warnings.length ? '' : 'neutral'} no-print`} id={id} role="status" aria-live="polite">
      {count && <p>{count}</p>}
      {warnings.map((h) => <p key={h}>{h}</p>)}
    </div>
  );
}

/** A mark on a field that was filled from a preparation sheet and not edited since. */
export function PrefilledMark({ show }: { show: boolean }) {
  return show ? <p class="prefilled no-print">Overgenomen uit de voorbereiding. Lees het na en pas het aan.</p> : null;
}

export function FieldFrame({ field, children, wide }: { field: Field; children: ComponentChildren; wide?: boolean }) {
  return <div class={`field${field.half && !wide ? ' half' : ''}`}>{children}</div>;
}
