import type { RoleId, ThemeId } from '../content/taxonomy.ts';

/** One question of the bank, flattened with the theme of the file it came from. */
export interface BankQuestion {
  id: string;
  theme: ThemeId;
  text: string;
  role: RoleId;
  phase: number;
  followUps: string[];
  keywords: string[];
  /** Why ask it: one or two short sentences shown with the question. */
  why: string;
  /** Can touch health or private life: shown with a warning to keep such details out of a report. */
  sensitive: boolean;
}

/** A theme with its introduction text, as shown above its questions. */
export interface BankTheme {
  id: ThemeId;
  name: string;
  intro: string;
}

/** [start, end] inclusive character positions, as Fuse reports them. */
export type Range = readonly [number, number];
