/**
 * Guidance in context for the preparation sheets: the live checks on
 * development points (at most three, two strengths per point). Hints only;
 * nothing is ever blocked.
 */
import { checkDevelopmentPoints } from '../report/smart.ts';
import type { FormData, FormDefinition, RowValue } from './definition.ts';

const filled = (items: unknown): number =>
  Array.isArray(items) ? items.filter((i) => (typeof i === 'string' ? i.trim() : Object.values(i as RowValue).some((v) => String(v).trim()))).length : 0;

/** Hints per field id. */
export function sheetGuidance(def: FormDefinition, data: FormData): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const fieldIds = new Set(def.sections.flatMap((s) => s.fields.map((f) => f.id)));
  if (fieldIds.has('developmentPoints') && fieldIds.has('strengths')) {
    const points = filled(data.developmentPoints);
    const strengths = filled(data.strengths);
    const hints = checkDevelopmentPoints(points, strengths);
    const many = hints.filter((h) => h.code === 'te-veel-ontwikkelpunten').map((h) => h.message);
    const few = hints.filter((h) => h.code === 'te-weinig-sterke-punten').map((h) => h.message);
    out.developmentPoints = [`${points} ${points === 1 ? 'ontwikkelpunt' : 'ontwikkelpunten'} (hoogstens 3) · ${strengths} sterke ${strengths === 1 ? 'punt' : 'punten'}.`, ...many, ...few];
  }
  return out;
}
