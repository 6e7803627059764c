#!/usr/bin/env node
// Content checks that need the built site:
// - the guide and question bank say the sources' facts in their own words
//   (seed-overlap from ../shared/tools, when that folder is beside the project);
// - the built HTML names no other origin in src/href of scripts, styles, fonts or images.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

let failed = false;

const overlapTool = '../shared/tools/seed-overlap.mjs';
if (existsSync(overlapTool)) {
  const r = spawnSync(process.execPath, [overlapTool, 'content', 'dist'], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
} else {
  console.log(`check-content: ${overlapTool} niet gevonden, overlapcontrole overgeslagen`);
}

function* htmlFiles(dir) {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (p.endsWith('.html')) yield p;
  }
}
const foreign = /<(?:script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(?:https?:)?\/\/[^"]+"/gi;
let pages = 0;
for (const file of htmlFiles('dist')) {
  pages++;
  const html = readFileSync(file, 'utf8');
  for (const m of html.matchAll(foreign)) {
    if (/rel="canonical"|property="og:/.test(m[0])) continue;
    console.error(`${file}: verwijst naar een andere bron: ${m[0].slice(0, 160)}`);
    failed = true;
  }
}
console.log(`check-content: ${pages} pagina's nagekeken op externe bronnen`);
process.exit(failed ? 1 : 0);
