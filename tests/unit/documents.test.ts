import { describe, expect, it } from 'vitest';
import { createEnvelope, parseExportFile, serializeEnvelope } from '../../src/lib/documents/envelope.ts';
import { DocumentStore, damagedPrefix, type KeyValueStore } from '../../src/lib/documents/storage.ts';
import { exportFileName } from '../../src/lib/documents/fileName.ts';
import { formCodec } from '../../src/lib/forms/codec.ts';
import { employeeSheet, managerSheet } from '../../src/lib/forms/sheets/index.ts';
import { KIND_LABELS } from '../../src/lib/forms/sheets/index.ts';

class MemoryStore implements KeyValueStore {
  map = new Map<string, string>();
  full = false;
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { if (this.full) throw new DOMException('full', 'QuotaExceededError'); this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
  get length() { return this.map.size; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
}

const employee = formCodec(employeeSheet, 'voorbereiding van de medewerker');
const manager = formCodec(managerSheet, 'voorbereiding van de leidinggevende');

describe('export files', () => {
  it('round-trip a document with unusual text', () => {
    const env = createEnvelope(employee, { ...employee.empty(), employeeName: 'Łukasz Wójcik', proudOf: 'Regel 1\nRegel 2 😀 ğış', agenda: ['a', 'b'] });
    const back = parseExportFile(employee, serializeEnvelope(env), KIND_LABELS);
    expect(back.ok && back.value.data).toEqual(env.data);
    expect(back.ok && back.value.name).toBe('Łukasz Wójcik');
  });

  it('explain in Dutch what is wrong, for every kind of bad file', () => {
    const cases: [string, RegExp][] = [
      ['', /geen geldig JSON/],
      ['{"a":', /geen geldig JSON/],
      ['[1,2,3]', /geen bestand van Gesprekswijzer/],
      ['{"format":"iets anders"}', /geen bestand van Gesprekswijzer/],
      [serializeEnvelope(createEnvelope(manager)), /voorbereiding van de leidinggevende, geen voorbereiding van de medewerker/],
      [JSON.stringify({ ...createEnvelope(employee), version: 99 }), /nieuwere versie/],
      [JSON.stringify({ ...createEnvelope(employee), data: { proudOf: 42 } }), /Waar ben je trots op/],
      [JSON.stringify({ ...createEnvelope(employee), data: { talkDate: '22/11/2026' } }), /Datum van het gesprek/],
    ];
    for (const [text, message] of cases) {
      const r = parseExportFile(employee, text, KIND_LABELS);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(message);
        expect(r.message).toMatch(/niets veranderd/);
      }
    }
  });

  it('accept a UTF-8 byte order mark and fill missing fields', () => {
    const env = createEnvelope(employee);
    const { data: _d, ...rest } = env;
    const r = parseExportFile(employee, '\uFEFF' + JSON.stringify({ ...rest, data: { employeeName: 'An' } }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.data.employeeName).toBe('An');
      expect(r.value.data.agenda).toEqual([]);
    }
  });

  it('never cut a long answer', () => {
    const long = 'woord '.repeat(5000);
    const r = parseExportFile(employee, serializeEnvelope(createEnvelope(employee, { ...employee.empty(), proudOf: long })));
    expect(r.ok && r.value.data.proudOf).toBe(long);
  });
});

describe('document storage', () => {
  it('keeps several documents side by side and reopens the active one', () => {
    const mem = new MemoryStore();
    const store = new DocumentStore(employee, mem);
    const a = store.save({ ...store.create(), data: { ...employee.empty(), employeeName: 'Anouk' } }, new Date('2026-01-01'));
    const b = store.save({ ...store.create(), data: { ...employee.empty(), employeeName: 'Bram' } }, new Date('2026-01-02'));
    expect(store.list().map((d) => d.name)).toEqual(['Bram', 'Anouk']);
    const again = new DocumentStore(employee, mem);
    expect(again.openActive().id).toBe(b.id);
    again.setActive(a);
    expect(new DocumentStore(employee, mem).openActive().data.employeeName).toBe('Anouk');
  });

  it('sets a damaged value aside instead of dropping it', () => {
    const mem = new MemoryStore();
    mem.setItem('gw:doc:voorbereiding-medewerker:kapot', '{"format":"gesprekswijzer", niet af');
    const store = new DocumentStore(employee, mem);
    expect(store.list()).toEqual([]);
    expect(store.problems[0]).toMatch(/apart gezet/);
    const aside = [...mem.map.keys()].find((k) => k.startsWith(damagedPrefix));
    expect(aside && mem.getItem(aside)).toBe('{"format":"gesprekswijzer", niet af');
  });

  it('says in Dutch when storage is full', () => {
    const mem = new MemoryStore();
    const store = new DocumentStore(employee, mem);
    mem.full = true;
    expect(() => store.save(store.create())).toThrow(/geen opslagruimte/);
  });

  it('removes a document and forgets it as active', () => {
    const mem = new MemoryStore();
    const store = new DocumentStore(employee, mem);
    const a = store.save(store.create());
    store.remove(a.id);
    expect(store.list()).toEqual([]);
    expect(store.openActive().id).not.toBe(a.id);
  });
});

describe('file names', () => {
  it('are safe and readable for names from everywhere', () => {
    expect(exportFileName('voorbereiding-medewerker', 'Łukasz Wójcik', '2026-11-22', 'pdf')).toBe('voorbereiding-medewerker-lukasz-wojcik-2026-11-22.pdf');
    expect(exportFileName('verslag', 'Ayşe Yılmaz-Ørsted', '', 'json')).toBe('verslag-ayse-yilmaz-orsted.json');
    expect(exportFileName('verslag', '../../etc/passwd', '', 'pdf')).toBe('verslag-etc-passwd.pdf');
    expect(exportFileName('', '😀', '', 'pdf')).toBe('document.pdf');
    expect(exportFileName('verslag', 'x'.repeat(300), '', 'pdf').length).toBeLessThanOrEqual(124);
  });
});
