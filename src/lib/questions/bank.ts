/**
 * Turns the `vragen` collection (one entry per theme file) into the flat list the
 * page, the island and the JSON endpoint use, and holds the labels shown with
 * each question. Free of astro:content so it can be unit-tested.
 */
import { PHASES, THEMES, phaseHref, type RoleId, type ThemeId } from '../content/taxonomy.ts';
import type { BankQuestion, BankTheme } from './types.ts';

/** The shape of one `vragen` collection entry's data (see src/content.config.ts). */
export interface ThemeFile {
  theme: ThemeId;
  intro: string;
  questions: Array<Omit<BankQuestion, 'theme' | 'followUps' | 'keywords' | 'sensitive'> & Partial<Pick<BankQuestion, 'followUps' | 'keywords' | 'sensitive'>>>;
}

export interface Bank {
  themes: BankTheme[];
  questions: BankQuestion[];
}

/** Themes in taxonomy order; questions grouped by theme, in file order. */
export function buildBank(files: readonly ThemeFile[]): Bank {
  const byTheme = new Map(files.map((f) => [f.theme, f]));
  const themes: BankTheme[] = [];
  const questions: BankQuestion[] = [];
  for (const t of THEMES) {
    const file = byTheme.get(t.id);
    if (!file) continue;
    themes.push({ id: t.id, name: t.name, intro: file.intro.trim() });
    for (const q of file.questions) {
      questions.push({
        id: q.id,
        theme: t.id,
        text: q.text.normalize('NFC').trim(),
        role: q.role,
        phase: q.phase,
        followUps: (q.followUps ?? []).map((f) => f.normalize('NFC').trim()),
        keywords: [...(q.keywords ?? [])],
        why: q.why.normalize('NFC').replace(/\s+/g, ' ').trim(),
        sensitive: q.sensitive ?? false,
      });
    }
  }
  return { themes, questions };
}

/** Short role labels shown on each question. */
export const ROLE_LABELS: Readonly<Record<RoleId, string>> = {
  leidinggevende: 'Leidinggevende vraagt',
  medewerker: 'Medewerker vraagt',
  beide: 'Voor beiden',
};

/** Role filter choices; "medewerker" and "leidinggevende" include the shared questions. */
export const ROLE_FILTER_LABELS: Readonly<Record<RoleId, string>> = {
  leidinggevende: 'Vragen van de leidinggevende',
  medewerker: 'Vragen van de medewerker',
  beide: 'Alleen vragen voor beiden',
};

export function phaseName(n: number): string | undefined {
  return PHASES.find((p) => p.n === n)?.name;
}

/** "Fase 3: Het verhaal van de medewerker" */
export function phaseLabel(n: number): string {
  const name = phaseName(n);
  return name ? `Fase ${n}: ${name}` : `Fase ${n}`;
}

export function themeName(id: string): string {
  return THEMES.find((t) => t.id === id)?.name ?? id;
}

export { phaseHref };

/** The element id of a question on /vragen/. */
export const questionAnchor = (id: string): string => `vraag-${id}`;

/** The warning shown with a question that can touch health or private life. */
export const SENSITIVE_NOTE =
  'Let op: deze vraag kan over gezondheid of privéleven gaan. Dring niet aan. Zulke details horen niet in het verslag.';
