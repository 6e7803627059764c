#!/usr/bin/env node
// The architecture's rules, checked on every `npm test`:
// 1. src/lib is framework-free: it never imports src/islands, src/components, src/pages,
//    src/layouts, preact or 'astro:*' (the one exception: the guide's content loader).
// 2. An island folder imports only itself and the shared kit (src/islands/ui); the island
//    entry files at the root of src/islands may use any folder.
// 3. No import cycles inside src/lib.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = process.cwd();
const CONTENT_LOADERS = new Set(['src/lib/guide/loadGuide.ts']);

function* files(dir) {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|tsx|astro|mjs)$/.test(p)) yield p;
  }
}

const rel = (p) => relative(root, p).split(sep).join('/');

/** Import specifiers of a file (static, dynamic and type imports; `export … from`). */
function imports(text) {
  const out = [];
  for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function resolveLocal(from, spec) {
  if (!spec.startsWith('.')) return null;
  return rel(resolve(dirname(from), spec));
}

const problems = [];
const graph = new Map();
for (const file of files(join(root, 'src'))) {
  const me = rel(file);
  const text = readFileSync(file, 'utf8');
  const deps = [];
  for (const spec of imports(text)) {
    const target = resolveLocal(file, spec);
    if (me.startsWith('src/lib/')) {
      if (spec.startsWith('astro:') && !CONTENT_LOADERS.has(me)) problems.push(`${me}: src/lib mag '${spec}' niet importeren (alleen de contentlader mag dat)`);
      if (/^(preact|@nanostores\/preact)(\/|$)/.test(spec)) problems.push(`${me}: src/lib is framework-vrij, maar importeert '${spec}'`);
      if (target && /^src\/(islands|components|pages|layouts)\//.test(target)) problems.push(`${me}: src/lib mag '${target}' niet importeren`);
      if (target?.startsWith('src/lib/')) deps.push(target);
    }
    const mine = /^src\/islands\/([^/]+)\//.exec(me)?.[1];
    const theirs = target ? /^src\/islands\/([^/]+)\//.exec(target)?.[1] : undefined;
    if (mine && theirs && theirs !== mine && theirs !== 'ui') problems.push(`${me}: het eiland '${mine}' importeert uit een ander eiland ('${target}'); zet gedeelde code in src/islands/ui of src/lib`);
  }
  if (me.startsWith('src/lib/')) graph.set(me, deps);
}

// Cycles: depth-first search with colours.
const state = new Map();
const stack = [];
function visit(n) {
  state.set(n, 1);
  stack.push(n);
  for (const d of graph.get(n) ?? []) {
    if (!graph.has(d)) continue;
    if (state.get(d) === 1) problems.push(`kringverwijzing: ${[...stack.slice(stack.indexOf(d)), d].join(' → ')}`);
    else if (!state.get(d)) visit(d);
  }
  stack.pop();
  state.set(n, 2);
}
for (const n of graph.keys()) if (!state.get(n)) visit(n);

if (problems.length) {
  console.error(`check-boundaries: ${problems.length} overtreding(en)\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-boundaries: ${graph.size} modules in src/lib, geen verboden imports en geen kringen`);
