/**
 * What a part of a document is called in a sentence for the reader, from the form's one
 * declaration: "het veld “Waar ben je trots op?”", "de handtekening van de medewerker".
 * Used when an opened file lacks something of the version in the browser (stores/merge.ts
 * `lacking`), so the message can say what.
 */
import { fieldById, type FormDefinition, type SignerRole } from './definition.ts';
import { ROLE_LABELS } from './kinds/signatures.ts';

/** `path` is a field id, or a field id and a part ('signatures.employee'); null for anything else. */
export function describePart(def: FormDefinition, path: string): string | null {
  const [id = '', part] = path.split('.');
  const field = fieldById(def, id);
  if (!field) return null;
  if (field.kind === 'signatures') {
    return part && Object.hasOwn(ROLE_LABELS, part) ? `de handtekening van de ${ROLE_LABELS[part as SignerRole].toLowerCase()}` : 'een handtekening';
  }
  return `het veld “${field.label}”`;
}
