/**
 * JSON from a user's file, with limits checked before anything walks the value: a size cap
 * on the text and a cap on nesting depth (a 20 KB file nested 10,000 levels deep would
 * otherwise overflow the stack of any recursive code that reads it).
 */
import { fail, ok, type Result } from './result.ts';

export interface JsonLimits {
  /** Characters of text. */
  maxChars: number;
  /** Nesting of arrays and objects. */
  maxDepth: number;
}

export const FILE_JSON_LIMITS: JsonLimits = { maxChars: 5_000_000, maxDepth: 40 };

export type JsonCode = 'too-large' | 'too-deep' | 'not-json';

/** The deepest nesting of [ and { outside strings; stops counting once past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** Parses JSON text within the limits; never throws. */
export function parseJson(text: string, limits: JsonLimits = FILE_JSON_LIMITS): Result<unknown, JsonCode> {
  if (text.length > limits.maxChars) {
    return fail(`Dit bestand is te groot (${(text.length / 1_000_000).toLocaleString('nl-BE', { maximumFractionDigits: 1 })} miljoen tekens; hoogstens ${(limits.maxChars / 1_000_000).toLocaleString('nl-BE')} miljoen).`, 'too-large');
  }
  const clean = text.replace(/^\uFEFF/, '');
  if (jsonDepth(clean, limits.maxDepth) > limits.maxDepth) {
    return fail('De gegevens in dit bestand zijn vreemd opgebouwd (te diep genest). Zo maakt Gesprekswijzer geen bestanden.', 'too-deep');
  }
  try {
    return ok(JSON.parse(clean) as unknown);
  } catch {
    return fail('Dit bestand kan niet gelezen worden: het is geen geldig JSON-bestand (misschien beschadigd of onvolledig).', 'not-json');
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The text of a user's file as UTF-8, or null when it is not valid UTF-8 (e.g. a binary file). */
export function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
