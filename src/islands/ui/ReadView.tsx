/** A document to read, not to edit: every part with its label, phone first (one column, large text). */
import type { FormData, FormDefinition } from '../../lib/forms/definition.ts';
import { documentEntries } from '../../lib/forms/entries.ts';

export function ReadView({ def, data, omit = [], headingLevel = 2 }: { def: FormDefinition; data: FormData; omit?: readonly string[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div class="read-view">
      {documentEntries(def, data).map((s) => {
        const fields = s.fields.filter((f) => !omit.includes(f.id));
        if (!fields.length) return null;
        return (
          <section key={s.id} aria-labelledby={`lees-${s.id}`}>
            <H id={`lees-${s.id}`}>{s.title}</H>
            {fields.map((f) => {
              const filled = f.entries.filter((e) => e.text);
              if (f.kind === 'text' || f.kind === 'date' || f.kind === 'textarea') {
                return (
                  <div key={f.id} class="read-field">
                    <Sub>{f.label}</Sub>
                    <p class={filled.length ? 'read-text' : 'muted'}>{filled[0]?.text || '—'}</p>
                  </div>
                );
              }
              if (f.kind === 'checklist') {
                return (
                  <div key={f.id} class="read-field">
                    <Sub>{f.label}</Sub>
                    <p class={filled.length ? '' : 'muted'}>{filled.length ? filled.map((e) => e.label.split(' · ').slice(1).join(' · ')).join('; ') : 'Niets aangevinkt'}</p>
                  </div>
                );
              }
              // Lists and rows: one card per item.
              const groups = new Map<string, { label: string; text: string }[]>();
              for (const e of f.entries) {
                const g = e.group ?? '';
                if (!groups.has(g)) groups.set(g, []);
                groups.get(g)!.push({ label: e.label.includes(' · ') ? e.label.split(' · ').slice(1).join(' · ') : e.label, text: e.text });
              }
              return (
                <div key={f.id} class="read-field">
                  <Sub>{f.label}</Sub>
                  {f.entries.length === 0 ? (
                    <p class="muted">—</p>
                  ) : f.kind === 'list' || f.kind === 'questions' ? (
                    <ol>{f.entries.map((e) => <li key={e.key}>{e.text}</li>)}</ol>
                  ) : (
                    <ol class="read-rows">
                      {[...groups.entries()].map(([g, cells]) => (
                        <li key={g}>
                          <dl>
                            {cells.map((c) => (
                              <div key={c.label}>
                                <dt>{c.label}</dt>
                                <dd class={c.text ? 'read-text' : 'muted'}>{c.text || '—'}</dd>
                              </div>
                            ))}
                          </dl>
                        </li>
                      ))}
                    </ol>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
