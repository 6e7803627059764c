/**
 * What the document store (documents.ts) tells the person, in Dutch: about another tab, full
 * storage, and a file opened over a document that is already here. Each sentence says only what
 * the store did.
 */
import { dutchList } from '../text/list.ts';

/** What opening a file did (DocumentStore.addImported). */
export interface Imported {
  how: 'added' | 'replaced';
  /** The name under which the version that was in the browser is kept, when the file lacked some of it. */
  keptAs: string | null;
  /** What the file lacked of that version (merge.ts `lacking`: field ids, or field id and part); empty when nothing was kept aside. */
  lacking: readonly string[];
}

/**
 * What opening a file did, in words. `describe` names one of the `lacking` parts for the reader
 * ("de handtekening van de medewerker", "het veld “…”"), or returns null for a part it does not know;
 * then the message keeps the general "tekst of een handtekening".
 */
export function importedMessage(name: string, { how, keptAs, lacking }: Imported, describe?: (path: string) => string | null): string {
  if (keptAs) {
    const parts = [...new Set(lacking.map((p) => describe?.(p) ?? null))];
    const what = parts.length && !parts.includes(null) ? dutchList(parts as string[]) : 'tekst of een handtekening';
    return `“${name}” is geopend. De versie die al in je browser stond, had iets wat niet in dit bestand staat: ${what}. Die versie is niet weg: ze staat bij “Open” als “${keptAs}”.`;
  }
  return how === 'replaced'
    ? `“${name}” is geopend. Het bestand bevat alles van de versie die al in je browser stond, en vervangt die.`
    : `“${name}” is geopend. Je andere documenten zijn er nog.`;
}

/** Documents kept in this tab only, because storage is full. */
export function unsavedText(names: readonly string[]): string {
  const list = names.map((n) => `“${n || 'Naamloos'}”`).join(', ');
  return `Niet bewaard: ${list}. De opslag van je browser is vol. Zolang dit tabblad open blijft, staat de tekst nog klaar: kies het document bij “Open” (met “niet bewaard” erbij). Maak ruimte vrij door een oud document te verwijderen, of download er een reservekopie van voor je dit tabblad sluit.`;
}

/** This tab took over the other tab's version; `kept` names where this tab's previous version is, if anywhere. */
export function otherTabText(kept: string | null): string {
  return `Dit document is bijgewerkt met wat in een ander tabblad getypt werd.${kept ? ` Je vorige versie staat als apart document “${kept}”. Kies het bij “Open”.` : ''}`;
}

/** Both tabs changed the same place; `copy` names the other version's document, or null when there was no room for it. */
export function conflictText(copy: string | null): string {
  return copy
    ? `Dit document werd tegelijk in een ander tabblad gewijzigd, op dezelfde plaats. Hier staat jouw tekst; de andere versie is bewaard als apart document “${copy}”. Kies het bij “Open”.`
    : 'Dit document werd tegelijk in een ander tabblad gewijzigd. Hier staat jouw tekst; de andere versie kon niet apart bewaard worden (geen opslagruimte). Kijk het andere tabblad na voor je het sluit.';
}

export const TAKEN_TEXT = 'Wat in een ander tabblad getypt werd, is hier bijgevoegd.';
