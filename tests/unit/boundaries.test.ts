/** The boundary check (scripts/check-boundaries.mjs) catches what it promises to catch. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/check-boundaries.mjs', import.meta.url));

function run(tree: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'grenzen-'));
  try {
    for (const [path, text] of Object.entries(tree)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const r = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, out: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('check-boundaries', () => {
  it('passes a clean tree', () => {
    expect(run({ 'src/lib/a.ts': "import { b } from './b.ts';", 'src/lib/b.ts': 'export const b = 1;', 'src/islands/ui/x.tsx': "import { b } from '../../lib/b.ts';" }).code).toBe(0);
  });
  it('fails on lib importing islands, preact or astro:*, one island folder importing another, and a cycle', () => {
    const r = run({
      'src/lib/a.ts': "import { b } from './b.ts';\nimport { h } from 'preact';\nimport { getCollection } from 'astro:content';",
      'src/lib/b.ts': "import { a } from './a.ts';\nimport { X } from '../islands/ui/x.tsx';",
      'src/islands/report/r.tsx': "import { s } from '../sheet/s.tsx';",
      'src/islands/sheet/s.tsx': 'export const s = 1;',
      'src/islands/ui/x.tsx': 'export const X = 1;',
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain("importeert 'preact'");
    expect(r.out).toContain("'astro:content'");
    expect(r.out).toContain("src/lib mag 'src/islands/ui/x.tsx' niet importeren");
    expect(r.out).toContain("het eiland 'report' importeert uit een ander eiland");
    expect(r.out).toContain('kringverwijzing: src/lib/a.ts → src/lib/b.ts → src/lib/a.ts');
  });
});
