// Keeps only the text a reader sees and blanks out the rest (code, markup, ids, links),
// character for character, so line and column numbers stay those of the source file.
// The spelling check (cspell) then reads the masked text; the style check reads it too.
import ts from 'typescript';

/** Same length as `text`, every character outside [start, end) ranges replaced by a space (newlines kept). */
function keepRanges(text, ranges) {
  const out = text.replace(/[^\n]/g, ' ').split('');
  for (const [start, end] of ranges) {
    for (let i = start; i < end; i++) out[i] = text[i];
  }
  return out.join('');
}

/** Blank out the matches of `re` in `text` (newlines kept). */
function blank(text, re) {
  return text.replace(re, (m) => m.replace(/[^\n]/g, ' '));
}

/** Attributes whose value a reader sees (Callout title, SayThis bad/good/why, alt text …). */
const VISIBLE_ATTRS = new Set(['title', 'label', 'good', 'bad', 'why', 'text', 'caption', 'summary', 'alt', 'description', 'placeholder', 'aria-label', 'help', 'intro']);

/** Inside a tag, keep only the values of visible attributes. */
function maskTag(tag) {
  const keep = [];
  for (const m of tag.matchAll(/([\w:-]+)=("([^"]*)"|'([^']*)')/g)) {
    if (!VISIBLE_ATTRS.has(m[1])) continue;
    const valueStart = m.index + m[1].length + 2;
    keep.push([valueStart, valueStart + (m[3] ?? m[4]).length]);
  }
  return keepRanges(tag, keep);
}

/** MDX chapter: prose and visible attribute values; no imports, tags, link targets, code or front matter keys. */
export function maskMdx(text) {
  let s = text;
  // Front matter: keep the values of title, description and summary.
  s = s.replace(/^---\n([\s\S]*?)\n---\n/, (fm) =>
    fm
      .split('\n')
      .map((line) => {
        const m = /^(title|description|summary):\s*/.exec(line);
        if (!m) return line.replace(/[^\n]/g, ' ');
        const value = line.slice(m[0].length).replace(/^"(.*)"$/, ' $1 ');
        return ' '.repeat(m[0].length) + value;
      })
      .join('\n'),
  );
  s = blank(s, /^import\s.*$/gm);
  s = blank(s, /```[\s\S]*?```/g);
  s = blank(s, /`[^`\n]*`/g);
  s = s.replace(/<\/?[A-Za-z][^<>]*>/g, (tag) => maskTag(tag));
  s = blank(s, /\]\([^)\s]*\)/g); // link targets
  s = blank(s, /https?:\/\/\S+/g);
  s = blank(s, /\{[^{}\n]*\}/g); // expressions
  return s;
}

/**
 * YAML content (FAQ, question bank): values only; keys, ids, themes, links and the quotes
 * around quoted scalars blanked. `keywords: false` also blanks keyword lists (hidden search words).
 */
export function maskYaml(text, { keywords = true } = {}) {
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(?:-\s+)?(id|theme|order|phase|role|href|sensitive|retired):/.test(line)) return line.replace(/[^\n]/g, ' ');
      if (!keywords && /^\s*keywords:/.test(line)) return line.replace(/[^\n]/g, ' ');
      const m = /^(\s*(?:-\s+)?(?:[\w]+:\s*)?\|?\s*)/.exec(line);
      let value = line.slice(m[1].length);
      const q = /^(["'])(.*)\1\s*$/.exec(value);
      if (q) value = ` ${q[2]} `;
      return blank(' '.repeat(m[1].length) + value, /https?:\/\/\S+/g);
    })
    .join('\n');
}

/** Looks like code, an id, a class, a path or a file name rather than words for a reader. */
export function looksLikeCode(s) {
  const t = s.trim();
  if (!t) return true;
  if (!/\p{L}/u.test(t)) return true;
  if (/^[a-z][a-zA-Z0-9]*$/.test(t)) return true; // identifier or id: 'proudOf', 'textarea'
  if (/^[a-z0-9]+(?:[-_.:/][a-z0-9]+)+[-/]?$/i.test(t) && !/\s/.test(t)) return true; // kebab-case, paths, file names
  if (/^[./#@]|^https?:|^mailto:|^data:/.test(t)) return true;
  if (/^[\w-]+(?:\s+[\w-]+)*$/.test(t) && /[-_]/.test(t) && !/[A-Z]/.test(t) && t === t.toLowerCase() && /\s/.test(t) && !/\b(de|het|een|en|je|van)\b/.test(t)) return true; // class lists
  if (/[{};=<>]|=>/.test(t) && !/[.!?]\s/.test(t)) return true; // code or markup
  if (/\d(?:rem|px|em|vh|vw|ms)\b|^\(.*\)$/.test(t)) return true; // CSS values and media queries
  return false;
}

const SKIP_ATTRS = new Set(['class', 'className', 'id', 'href', 'src', 'type', 'name', 'for', 'htmlFor', 'rel', 'key', 'role', 'slot', 'lang', 'target', 'method', 'action', 'autocomplete', 'autoComplete', 'inputMode', 'inputmode', 'pattern', 'accept', 'download', 'form', 'client:load', 'client:idle', 'client:visible', 'data-testid', 'style', 'media', 'sizes', 'd', 'viewBox', 'fill', 'stroke']);

/** TypeScript / TSX: string literals and JSX text a reader can see; no imports, comments, ids or class names. */
export function maskTs(text, fileName = 'x.tsx') {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const ranges = [];
  const keep = (start, end, value) => {
    if (!looksLikeCode(value)) ranges.push([start, end]);
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      if (SKIP_ATTRS.has(name) || name.startsWith('data-') || name.startsWith('on')) return;
    }
    if (ts.isPropertyAssignment(node)) {
      const key = node.name.getText(sf).replace(/['"]/g, '');
      if (['id', 'kind', 'class', 'className', 'href', 'type', 'autocomplete', 'key', 'name', 'role', 'audience', 'nameField', 'dateField', 'uid', '@type', '@context'].includes(key)) return;
    }
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(node.operatorToken.kind)) return;
    if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText(sf))) {
      // Messages for developers in English are not checked; Dutch messages for users are.
      const english = /\b(the|for|not|no|is|of|unknown|missing|invalid|expected|must)\b/i;
      if (node.arguments?.every((a) => english.test(a.getText(sf)))) return;
    }
    if (ts.isCaseClause(node)) {
      node.statements.forEach(visit);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      keep(node.getStart(sf) + 1, node.getEnd() - 1, node.text);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const head = node.head;
      keep(head.getStart(sf) + 1, head.getEnd() - 2, head.text);
      for (const span of node.templateSpans) {
        visit(span.expression);
        const lit = span.literal;
        const closing = ts.isTemplateTail(lit) ? 1 : 2;
        keep(lit.getStart(sf) + 1, lit.getEnd() - closing, lit.text);
      }
      return;
    }
    if (ts.isJsxText(node)) {
      if (node.text.trim()) keep(node.getStart(sf), node.getEnd(), node.text);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return keepRanges(text, ranges);
}

/** Replace each top-level {…} expression of an Astro template (braces matched, strings skipped). */
function replaceExpressions(text, fn) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '{') {
      out += text[i++];
      continue;
    }
    let depth = 0;
    let j = i;
    let quote = '';
    for (; j < text.length; j++) {
      const c = text[j];
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = '';
        continue;
      }
      if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    const expr = text.slice(i, j + 1);
    out += fn(expr);
    i = j + 1;
  }
  return out;
}

/** Astro component or page: template text, visible attributes and string literals in the script part. */
export function maskAstro(text) {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const fmEnd = fm ? fm[0].length : 0;
  const front = fm ? maskTs(fm[0].slice(4, -4), 'frontmatter.ts') : '';
  let body = text.slice(fmEnd);
  body = blank(body, /<(style|script)\b[\s\S]*?<\/\1>/g);
  body = blank(body, /<!--[\s\S]*?-->/g);
  // JSX-like expressions: keep their string literals, drop the code.
  body = replaceExpressions(body, (expr) => ` ${maskTs(expr.slice(1, -1), 'expr.tsx')} `);
  body = body.replace(/<\/?[A-Za-z][^<>]*>/g, (tag) => maskTag(tag));
  body = blank(body, /&[a-z]+;|&#\d+;/gi);
  return (fm ? `   \n${front}   \n` : '') + body;
}

/** The masker for a file name, or undefined when the file type is not checked. */
export function maskerFor(fileName) {
  if (fileName.endsWith('.mdx') || fileName.endsWith('.md')) return maskMdx;
  if (fileName.endsWith('.yaml') || fileName.endsWith('.yml')) return maskYaml;
  if (fileName.endsWith('.astro')) return maskAstro;
  if (fileName.endsWith('.ts') || fileName.endsWith('.tsx')) return (t) => maskTs(t, fileName);
  return undefined;
}
