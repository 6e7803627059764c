import { describe, expect, it } from 'vitest';
import { createEnvelope, parseExportFile, serializeEnvelope } from '../../src/lib/documents/envelope.ts';
import { DocumentRepo } from '../../src/lib/stores/repository.ts';
import { DAMAGED_PREFIX } from '../../src/lib/stores/keys.ts';
import { MemoryStore, StorageFullError } from '../../src/lib/stores/storage.ts';
import { exportFileName } from '../../src/lib/documents/fileName.ts';
import { employeeCodec as employee, managerCodec as manager } from '../../src/lib/forms/sheets/index.ts';

const keys = (m: MemoryStore) => Array.from({ length: m.length }, (_, i) => m.key(i)!);

describe('export files', () => {
  it('round-trip a document with unusual text', () => {
    const env = createEnvelope(employee, { ...employee.empty(), employeeName: 'Łukasz Wójcik', proudOf: 'Regel 1\nRegel 2 😀 ğış', agenda: ['a', 'b'] });
    const back = parseExportFile(employee, serializeEnvelope(env));
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
      const r = parseExportFile(employee, text);
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
    const store = new DocumentRepo(employee, mem);
    const a = store.save({ ...createEnvelope(employee), data: { ...employee.empty(), employeeName: 'Anouk' } }, new Date('2026-01-01'));
    const b = store.save({ ...createEnvelope(employee), data: { ...employee.empty(), employeeName: 'Bram' } }, new Date('2026-01-02'));
    expect(store.list().map((d) => d.name)).toEqual(['Bram', 'Anouk']);
    const again = new DocumentRepo(employee, mem);
    expect(again.openActive().id).toBe(b.id);
    again.setActive(a.id);
    expect(new DocumentRepo(employee, mem).openActive().data.employeeName).toBe('Anouk');
  });

  it('sets a damaged value aside instead of dropping it', () => {
    const mem = new MemoryStore();
    mem.setItem('gw:doc:voorbereiding-medewerker:kapot', '{"format":"gesprekswijzer", niet af');
    const store = new DocumentRepo(employee, mem);
    expect(store.list()).toEqual([]);
    expect(store.problems[0]).toMatch(/apart gezet/);
    const aside = keys(mem).find((k) => k.startsWith(DAMAGED_PREFIX));
    expect(aside && mem.getItem(aside)).toBe('{"format":"gesprekswijzer", niet af');
  });

  it('says in Dutch when storage is full, and still lists what is stored', () => {
    const mem = new MemoryStore(6000);
    const store = new DocumentRepo(employee, mem);
    store.save({ ...createEnvelope(employee), data: { ...employee.empty(), employeeName: 'Anouk' } });
    expect(() => store.save({ ...createEnvelope(employee), data: { ...employee.empty(), proudOf: 'x'.repeat(8000) } })).toThrow(StorageFullError);
    expect(() => store.save(createEnvelope(employee))).not.toThrow();
    expect(new DocumentRepo(employee, mem).list().map((d) => d.name)).toContain('Anouk');
  });

  it('removes a document and forgets it as active', () => {
    const mem = new MemoryStore();
    const store = new DocumentRepo(employee, mem);
    const a = store.save(createEnvelope(employee));
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
