import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import {
  canonicalContent,
  fingerprint,
  normalizeText,
  shortFingerprint,
  signatureStatus,
} from '../../src/lib/report/fingerprint.ts';
import { emptyAgreement, emptyReport, type Report } from '../../src/lib/report/model.ts';
import { sampleReport } from './report-fixtures.ts';

/** Rebuild an object with its keys in reverse order, recursively. */
function reverseKeys<T>(v: T): T {
  if (Array.isArray(v)) return v.map(reverseKeys) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).reverse()) out[k] = reverseKeys((v as Record<string, unknown>)[k]);
    return out as T;
  }
  return v;
}

/** Every string field of a report, as paths. */
function stringPaths(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof v === 'string') return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringPaths(x, [...path, i]));
  if (v && typeof v === 'object') {
    return Object.entries(v).flatMap(([k, x]) => (k === 'id' || k === 'signatures' || k === 'version' || k === 'kind' ? [] : stringPaths(x, [...path, k])));
  }
  return [];
}

function getAt(obj: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], obj);
}
function setAt(obj: unknown, path: (string | number)[], value: unknown): void {
  const parent = getAt(obj, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}

const clone = (r: Report): Report => structuredClone(r);

describe('normalizeText', () => {
  it('trims, collapses spaces, keeps single line breaks', () => {
    expect(normalizeText('  a \t b  \r\n\r\n\n  c\u00a0\u00a0d ')).toBe('a b\nc d');
  });
  it('applies NFC', () => {
    expect(normalizeText('ide\u0065\u0308e')).toBe('ideëe'.normalize('NFC'));
  });
});

describe('canonicalContent', () => {
  it('is JSON without signatures, version and ids', () => {
    const r = sampleReport();
    r.signatures.manager = { name: 'X', date: '2025-01-01T00:00:00Z', verdict: 'akkoord', method: 'getypt', fingerprint: 'a'.repeat(64) };
    const c = canonicalContent(r);
    const parsed = JSON.parse(c);
    expect(parsed.signatures).toBeUndefined();
    expect(parsed.version).toBeUndefined();
    expect(c).not.toMatch(/"id"/);
    expect(parsed.kind).toBe('verslag');
  });

  it('has sorted keys at every level', () => {
    const parsed = JSON.parse(canonicalContent(sampleReport()));
    const check = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(check);
      if (v && typeof v === 'object') {
        const keys = Object.keys(v);
        expect(keys).toEqual([...keys].sort());
        Object.values(v).forEach(check);
      }
    };
    check(parsed);
  });

  it('drops rows that are entirely empty', () => {
    const r = sampleReport();
    const withEmpty = clone(r);
    withEmpty.agreements.push(emptyAgreement());
    withEmpty.lookBack.unshift({ id: 'z', agreement: '  ', status: '', note: '\n' });
    withEmpty.developmentPoints.push({ id: 'q', text: '' });
    expect(canonicalContent(withEmpty)).toBe(canonicalContent(r));
  });
});

describe('fingerprint', () => {
  it('is the hex SHA-256 of the canonical content', async () => {
    const r = sampleReport();
    const expected = createHash('sha256').update(canonicalContent(r), 'utf8').digest('hex');
    expect(await fingerprint(r)).toBe(expected);
    expect(await fingerprint(r)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is stable across key order, ids and whitespace', async () => {
    const r = sampleReport();
    const other = reverseKeys(clone(r));
    other.agreements = other.agreements.map((a) => ({ ...a, id: a.id + '-nieuw' }));
    other.employeeView = '  Ik sta   graag in de winkel. \r\n\r\n De drukte op zaterdag is zwaar.  ';
    other.details.organisation = 'Bakkerij\u00a0De  Korenbloem ';
    other.details.employee.name = 'Zoe\u0308 Wiśniewska-Ağaoğlu'.normalize('NFD');
    expect(await fingerprint(other)).toBe(await fingerprint(r));
  });

  it('is unaffected by signatures', async () => {
    const r = sampleReport();
    const before = await fingerprint(r);
    r.signatures.employee = { name: 'Zoë', date: '2025-03-16T09:00:00Z', verdict: 'gezien', method: 'getekend', strokes: [[{ x: 1, y: 1 }]], box: { width: 10, height: 5 }, fingerprint: before };
    expect(await fingerprint(r)).toBe(before);
  });

  it('differs between an empty and a filled-in report', async () => {
    expect(await fingerprint(emptyReport())).not.toBe(await fingerprint(sampleReport()));
  });

  it('changes with row order and with choices', async () => {
    const r = sampleReport();
    const base = await fingerprint(r);
    const swapped = clone(r);
    swapped.agreements.reverse();
    expect(await fingerprint(swapped)).not.toBe(base);
    const status = clone(r);
    status.lookBack[0]!.status = 'niet';
    expect(await fingerprint(status)).not.toBe(base);
    const owner = clone(r);
    owner.agreements[1]!.owner = 'organisatie';
    expect(await fingerprint(owner)).not.toBe(base);
  });

  it('changes with any text edit (property)', async () => {
    const base = sampleReport();
    const paths = stringPaths(base);
    const enumFields = new Set(['status', 'owner']);
    const textPaths = paths.filter((p) => !enumFields.has(String(p[p.length - 1])));
    const baseFp = await fingerprint(base);
    // A non-whitespace fragment, so the edit survives normalisation.
    const fragment = fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }).filter((s) => normalizeText(s) === s && s.length > 0 && !/\s/.test(s));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...textPaths),
        fc.constantFrom('insert', 'append', 'replace', 'clear'),
        fragment,
        fc.nat(),
        async (path, op, frag, pos) => {
          const r = clone(base);
          const old = getAt(r, path) as string;
          let next: string;
          if (op === 'append') next = old + frag;
          else if (op === 'clear') next = '';
          else if (op === 'replace') next = frag;
          else {
            const at = pos % (old.length + 1);
            next = old.slice(0, at) + frag + old.slice(at);
          }
          fc.pre(normalizeText(next) !== normalizeText(old));
          setAt(r, path, next);
          expect(await fingerprint(r)).not.toBe(baseFp);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives different reports different fingerprints (property)', async () => {
    const str = fc.string({ maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(str, str, str, str, async (a, b, c, d) => {
        const r1 = emptyReport();
        const r2 = emptyReport();
        r1.employeeView = a;
        r1.deepening = b;
        r2.employeeView = c;
        r2.deepening = d;
        const same = normalizeText(a) === normalizeText(c) && normalizeText(b) === normalizeText(d);
        expect((await fingerprint(r1)) === (await fingerprint(r2))).toBe(same);
      }),
      { numRuns: 300 },
    );
  });
});

describe('shortFingerprint', () => {
  it('groups the first 16 hex digits', () => {
    expect(shortFingerprint('a1b2c3d4e5f67788' + '0'.repeat(48))).toBe('A1B2 C3D4 E5F6 7788');
    expect(shortFingerprint('')).toBe('');
  });
});

describe('signatureStatus', () => {
  it('ontbreekt / geldig / verouderd', async () => {
    const r = sampleReport();
    const fp = await fingerprint(r);
    expect(signatureStatus(r, 'manager', fp)).toBe('ontbreekt');
    r.signatures.manager = { name: 'Jeroen', date: '2025-03-15T10:00:00Z', verdict: 'akkoord', method: 'getypt', fingerprint: fp };
    expect(signatureStatus(r, 'manager', fp)).toBe('geldig');
    expect(signatureStatus(r, 'employee', fp)).toBe('ontbreekt');
    r.agreements[0]!.due = '2025-07-31';
    const fp2 = await fingerprint(r);
    expect(signatureStatus(r, 'manager', fp2)).toBe('verouderd');
  });
});
