/**
 * The Dutch stemmer of both searches, in a module of its own: the question bank needs it
 * without the rest of the site search's word analysis (analyze.ts re-exports it).
 */

/**
 * A light Dutch stemmer: enough that singular and plural, and the common verb forms,
 * meet ("vraag", "vragen" → "vrag"; "bewaren", "bewaart", "bewaard" → "bewar";
 * "gesprekken" → "gesprek"; "weigert", "weigeren" → "weiger"). Applied to both sides,
 * so only equality of stems matters, not whether a stem is a real word.
 */
export function stem(word: string): string {
  let s = word;
  if (s.length <= 3 || /\d/.test(s)) return s;
  if (s.endsWith('heden')) s = `${s.slice(0, -5)}heid`;
  else if (s.length >= 5 && s.endsWith('en')) s = s.slice(0, -2);
  // A plural in -s ("werknemers", "collegas"); not the s of a word in -us ("cursus", "bonus").
  else if (s.length >= 5 && /(?:[aioy]|ie|e[rlnm])s$/.test(s)) s = s.slice(0, -1);
  if (s.length >= 4 && s.endsWith('e') && !s.endsWith('ee')) s = s.slice(0, -1);
  // Past participles and third person: "bewaard", "weigert", "ondertekend(e)".
  if (s.length >= 6 && /[aeioulnr][dt]$/.test(s)) s = s.slice(0, -1);
  // Double final consonant: "gesprekk" → "gesprek".
  s = s.replace(/([bcdfgklmnprstz])\1$/, '$1');
  // v/z before an ending were f/s: "bedrijven" → "bedrijf", "reizen" → "reis".
  s = s.replace(/v$/, 'f').replace(/z$/, 's');
  // A long vowel written double in a closed last syllable: "vraag" → "vrag", "loon" → "lon".
  s = s.replace(/(aa|ee|oo|uu)([^aeiouy]+)$/, (_m, v: string, c: string) => `${v[0]}${c}`);
  return s;
}
