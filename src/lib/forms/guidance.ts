/**
 * Guidance in context for the preparation sheets: the live checks on
 * development points (at most three, two strengths per point). Hints only;
 * nothing is ever blocked.
 */
import { checkDevelopmentPoints } from '../report/smart.ts';
import type { FormData, FormDefinition, RowValue } from './definition.ts';

const filled = (items: unknown): number =>
  Array.isArray(items) ? items.filter((i) => (typeof i === 'string' ? i.trim() : Object.values(i as RowValue).some((v) => String(v).trim()))).length : 0;

export interface FieldGuidance {
  /** A neutral live count, e.g. "2 ontwikkelpunten (hoogstens 3) · 4 sterke punten." */
  count?: string;
  /** Advice that deserves attention (never blocking). */
  warnings: string[];
}

/** Guidance per field id. */
export function sheetGuidance(def: FormDefinition, data: FormData): Record<string, FieldGuidance> {
  const out: Record<string, FieldGuidance> = {};
  const fieldIds = new Set(def.sections.flatMap((s) => s.fields.map((f) => f.id)));
  if (fieldIds.has('developmentPoints') && fieldIds.has('strengths')) {
    const points = filled(data.developmentPoints);
    const strengths = filled(data.strengths);
    const hints = checkDevelopmentPoints(points, strengths);
    out.developmentPoints = {
      count: `${points} ${points === 1 ? 'ontwikkelpunt' : 'ontwikkelpunten'} (hoogstens 3) · ${strengths} sterke ${strengths === 1 ? 'punt' : 'punten'}.`,
      warnings: hints.map((h) => h.message),
    };
  }
  return out;
}
