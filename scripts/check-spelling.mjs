#!/usr/bin/env node
// Spelling and house-style check of everything a reader sees (npm run test:spelling).
//
//   node scripts/check-spelling.mjs            the project's own scope (see SPELLING_SCOPE, STYLE_SCOPE)
//   node scripts/check-spelling.mjs FILE …     only these files (used by the self-test)
//
// Each file is first masked (scripts/spelling/extract.mjs): code, markup, ids, class names
// and links become spaces, so line and column numbers stay those of the source. Then:
// - cspell with the Dutch dictionary (@cspell/dict-nl-nl) and the project word list
//   (cspell-words.txt) reads the masked text;
// - the house-style rules (scripts/spelling/house-style.mjs) run on the masked text.
// A new word that is right: add it to cspell-words.txt (one per line).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { maskerFor, maskYaml } from './spelling/extract.mjs';
import { checkStyle } from './spelling/house-style.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Folders and file endings checked for spelling. */
export const SPELLING_SCOPE = [
  ['content', ['.mdx', '.yaml']],
  ['src/pages', ['.astro']],
  ['src/components', ['.astro']],
  ['src/layouts', ['.astro']],
  ['src/lib/forms', ['.ts']],
  ['src/lib/report', ['.ts']],
  ['src/islands', ['.tsx']],
  ['src/lib/guide', ['.ts']],
];

/**
 * Folders checked for the house style. content/vragen (the question bank) and the forms
 * (src/lib/forms, src/islands) are checked for spelling only for now: add them here once
 * their texts follow the house style.
 */
export const STYLE_SCOPE = ['content/gids', 'content/faq', 'content/vragen', 'src/pages', 'src/components', 'src/layouts', 'src/lib/guide', 'src/lib/forms', 'src/lib/report', 'src/islands'];

function* walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const e of entries.sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

function scopeFiles() {
  const files = [];
  for (const [dir, exts] of SPELLING_SCOPE) {
    for (const f of walk(join(root, dir))) if (exts.some((x) => f.endsWith(x))) files.push(f);
  }
  return files;
}

const rel = (f) => relative(root, f).split(sep).join('/');
const inStyleScope = (f, explicit) => explicit || STYLE_SCOPE.some((d) => rel(f) === d || rel(f).startsWith(`${d}/`));

const args = process.argv.slice(2);
const explicit = args.length > 0;
const files = explicit ? args.map((a) => resolve(a)) : scopeFiles();

const tmp = mkdtempSync(join(tmpdir(), 'gesprekswijzer-spelling-'));
let styleProblems = 0;
const masked = [];
try {
  for (const file of files) {
    const mask = maskerFor(file);
    if (!mask) {
      console.error(`check-spelling: ${rel(file)}: dit bestandstype wordt niet gecontroleerd`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const visible = mask(text);
    const out = join(tmp, `${String(masked.length).padStart(4, '0')}.txt`);
    writeFileSync(out, visible);
    masked.push({ file, out });
    if (inStyleScope(file, explicit)) {
      const forStyle = file.endsWith('.yaml') || file.endsWith('.yml') ? maskYaml(text, { keywords: false }) : visible;
      const straightQuotes = !file.endsWith('.ts') && !file.endsWith('.tsx');
      for (const p of checkStyle(forStyle, { straightQuotes })) {
        console.log(`${rel(file)}:${p.line}:${p.column} - Huisstijl (${p.rule}): "${p.found}": ${p.message}`);
        styleProblems++;
      }
    }
  }

  const cspell = spawnSync(
    process.execPath,
    [join(root, 'node_modules/cspell/bin.mjs'), 'lint', '--config', join(root, 'cspell.config.yaml'), '--no-progress', '--no-summary', '--no-must-find-files', '--root', tmp, ...masked.map((m) => m.out)],
    { encoding: 'utf8', cwd: root },
  );
  // Put the real file names back in cspell's report.
  const names = new Map(masked.map((m) => [m.out, rel(m.file)]));
  const report = `${cspell.stdout}${cspell.stderr}`.replace(/\S*?(\d{4})\.txt/g, (whole) => {
    for (const [out, name] of names) if (out.endsWith(whole.replace(/^.*[\\/]/, ''))) return name;
    return whole;
  });
  const spellingProblems = (report.match(/Unknown word/g) ?? []).length;
  if (report.trim()) console.log(report.trim());
  if (cspell.status !== 0 && spellingProblems === 0) {
    console.error(`check-spelling: cspell stopte met code ${cspell.status}`);
    process.exitCode = 2;
  }
  console.log(
    `check-spelling: ${masked.length} bestanden, ${spellingProblems} onbekende woorden, ${styleProblems} huisstijlfouten` +
      (spellingProblems ? ' (juist geschreven? zet het woord in cspell-words.txt)' : ''),
  );
  if (spellingProblems || styleProblems) process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
