// The house style of Gesprekswijzer (README, "Huisstijl"), as rules that run on the
// text a reader sees (after masking, see extract.mjs). Each rule says what to write instead.

/** @typedef {{ id: string, re: RegExp, message: string }} StyleRule */

/** @type {StyleRule[]} */
export const STYLE_RULES = [
  { id: 'kun-je', re: /\b[Kk]an (?:je|jij)\b/g, message: 'schrijf "kun je" (niet "kan je")' },
  { id: 'je-kunt', re: /\b(?:[Jj]e|[Jj]ij) kan\b/g, message: 'schrijf "je kunt" (niet "je kan")' },
  { id: 'je-wilt', re: /\b(?:[Jj]e|[Jj]ij) wil\b/g, message: 'schrijf "je wilt" (niet "je wil")' },
  { id: 'houd', re: /\b[Hh]ou (?=(?:je|de|het|dan|er|die|dat|ze|rekening|vol|op)\b)/g, message: 'schrijf "houd" (niet "hou")' },
  { id: 'check-in', re: /\b[Cc]heck-?ins?\b/g, message: 'schrijf "tussentijds gesprek" (niet "check-in")' },
  { id: 'lage-aanhalingstekens', re: /[„‚]/g, message: 'gebruik “…” (en ‘…’ binnen een citaat), geen „…” of ‚…’' },
  { id: 'rechte-aanhalingstekens', re: /"/g, message: 'gebruik “…” in plaats van rechte aanhalingstekens "…"' },
];

/**
 * Style problems in masked text. `rules` defaults to all rules; straight quotes are only
 * checked where the caller says so (they are code syntax in .astro/.ts sources).
 * @returns {{ line: number, column: number, rule: string, found: string, message: string }[]}
 */
export function checkStyle(text, { straightQuotes = true, rules = STYLE_RULES } = {}) {
  const problems = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (index) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - lineStarts[lo] + 1 };
  };
  for (const rule of rules) {
    if (rule.id === 'rechte-aanhalingstekens' && !straightQuotes) continue;
    for (const m of text.matchAll(new RegExp(rule.re.source, rule.re.flags))) {
      problems.push({ ...position(m.index), rule: rule.id, found: m[0], message: rule.message });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
