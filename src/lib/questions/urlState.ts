/**
 * The question bank's filter state as it lives in the address bar:
 * /vragen/?q=werkdruk&rol=medewerker&thema=werkplezier&fase=4
 * Unknown or invalid values are ignored, so an old or hand-edited link still works.
 */
import { PHASES, ROLE_IDS, THEME_IDS, type RoleId, type ThemeId } from '../content/taxonomy.ts';
import { MAX_QUERY_LENGTH } from './limits.ts';
import type { BankQuestion } from './types.ts';

export interface FilterState {
  /** Free search text, trimmed ('' = no search). */
  q: string;
  rol: RoleId | '';
  thema: ThemeId | '';
  /** 0 = all phases. */
  fase: number;
}

export const EMPTY_STATE: FilterState = Object.freeze({ q: '', rol: '', thema: '', fase: 0 });

const isRole = (v: string): v is RoleId => (ROLE_IDS as readonly string[]).includes(v);
const isTheme = (v: string): v is ThemeId => (THEME_IDS as readonly string[]).includes(v);
const isPhase = (n: number): boolean => PHASES.some((p) => p.n === n);

/** Trims and shortens free text the way the state stores it. */
export function cleanQuery(q: string): string {
  return q.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** Reads the state from a query string ("?q=…&rol=…", with or without "?"). */
export function parseState(search: string | URLSearchParams): FilterState {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const rol = p.get('rol') ?? '';
  const thema = p.get('thema') ?? '';
  const faseRaw = p.get('fase') ?? '';
  const fase = /^\d$/.test(faseRaw) ? Number(faseRaw) : 0;
  return {
    q: cleanQuery(p.get('q') ?? ''),
    rol: isRole(rol) ? rol : '',
    thema: isTheme(thema) ? thema : '',
    fase: isPhase(fase) ? fase : 0,
  };
}

/** Parameters that are not filters but stay in the address when the filters change. */
export const KEPT_PARAMS: readonly string[] = ['terug'];

/**
 * "?q=…&rol=…&thema=…&fase=…" with only the parts in use, or "" when nothing is.
 * `current` (the address's query string) passes on the KEPT_PARAMS it has.
 */
export function serializeState(state: FilterState, current: string | URLSearchParams = ''): string {
  const p = new URLSearchParams();
  const old = typeof current === 'string' ? new URLSearchParams(current) : current;
  const q = cleanQuery(state.q);
  if (q) p.set('q', q);
  if (state.rol && isRole(state.rol)) p.set('rol', state.rol);
  if (state.thema && isTheme(state.thema)) p.set('thema', state.thema);
  if (state.fase && isPhase(state.fase)) p.set('fase', String(state.fase));
  for (const k of KEPT_PARAMS) {
    const v = old.get(k);
    if (v !== null) p.set(k, v);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function isFiltered(state: FilterState): boolean {
  return serializeState(state) !== '';
}

/** The same filters? */
export function sameState(a: FilterState, b: FilterState): boolean {
  return a.q === b.q && a.rol === b.rol && a.thema === b.thema && a.fase === b.fase;
}

/**
 * Does `question` pass the role, theme and phase filters? A question that both can
 * ask ("beide") is shown for either role.
 */
export function matchesFilters(question: Pick<BankQuestion, 'role' | 'theme' | 'phase'>, state: FilterState): boolean {
  if (state.rol && question.role !== state.rol && !(question.role === 'beide' && state.rol !== 'beide')) return false;
  if (state.thema && question.theme !== state.thema) return false;
  if (state.fase && question.phase !== state.fase) return false;
  return true;
}
