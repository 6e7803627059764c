/**
 * The document store: autosave that says "saved" only after a write, full and blocked storage,
 * and two tabs on one document (edits reach each other; a conflict keeps both versions).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeeCodec } from '../../src/lib/forms/sheets/index.ts';
import { createDocumentStore } from '../../src/lib/stores/documents.ts';
import { covers, lacking, mergeFields } from '../../src/lib/stores/merge.ts';
import { importedMessage } from '../../src/lib/stores/documentTexts.ts';
import { reportCodec } from '../../src/lib/report/codec.ts';
import { MemoryStore, type KeyValueStore } from '../../src/lib/stores/storage.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const tab = (store: MemoryStore, mode: 'browser' | 'memory' = 'browser') => {
  const s = createDocumentStore(employeeCodec, { storage: { store, mode }, saveDelay: 100 });
  s.load();
  return s;
};
const set = (s: ReturnType<typeof tab>, field: string, value: string) => s.update((d) => ({ ...d, [field]: value }));

/**
 * One tab's view of a shared localStorage. As in a browser, a tab reads its own copy, which learns
 * of the other tab's writes a little later (here: on sync()).
 */
class TabView implements KeyValueStore {
  private copy = new Map<string, string>();
  constructor(private readonly shared: MemoryStore) { this.sync(); }
  sync() { this.copy = new Map(Array.from({ length: this.shared.length }, (_, i) => [this.shared.key(i)!, this.shared.getItem(this.shared.key(i)!)!])); }
  getItem(k: string) { return this.copy.get(k) ?? null; }
  setItem(k: string, v: string) { this.shared.setItem(k, v); this.copy.set(k, v); }
  removeItem(k: string) { this.shared.removeItem(k); this.copy.delete(k); }
  get length() { return this.copy.size; }
  key(i: number) { return [...this.copy.keys()][i] ?? null; }
}
const tabOn = (view: TabView) => {
  const s = createDocumentStore(employeeCodec, { storage: { store: view, mode: 'browser' }, saveDelay: 100 });
  s.load();
  return s;
};

describe('autosave', () => {
  it('saves after a pause and says so only then', () => {
    const mem = new MemoryStore();
    const s = tab(mem);
    set(s, 'employeeName', 'Ayşe');
    expect(s.$save.get().kind).toBe('pending');
    vi.advanceTimersByTime(150);
    expect(s.$save.get().kind).toBe('saved');
    expect(tab(mem).$env.get().data.employeeName).toBe('Ayşe');
  });

  it('full storage: an error that says so, the text stays on screen, and saved documents still show after a reload', () => {
    const mem = new MemoryStore(5000);
    const s = tab(mem);
    set(s, 'employeeName', 'Anouk');
    vi.advanceTimersByTime(150);
    set(s, 'proudOf', 'x'.repeat(6000));
    vi.advanceTimersByTime(150);
    const save = s.$save.get();
    expect(save.kind).toBe('error');
    expect(save.kind === 'error' && save.message).toMatch(/geen ruimte meer/);
    expect(s.$env.get().data.proudOf).toHaveLength(6000);
    const again = tab(mem);
    expect(again.$env.get().data.employeeName).toBe('Anouk');
    expect(again.$docs.get()).toHaveLength(1);
  });

  it('full storage: opening another document keeps the unsaved one in this tab; after deleting an old one it is written', () => {
    const mem = new MemoryStore(9000);
    const s = tab(mem);
    set(s, 'employeeName', 'Oud');
    set(s, 'proudOf', 'o'.repeat(3000));
    vi.advanceTimersByTime(150);
    const old = s.$env.get().id;
    s.createNew();
    set(s, 'employeeName', 'Nieuw');
    set(s, 'proudOf', 'n'.repeat(6000));
    vi.advanceTimersByTime(150);
    expect(s.$save.get().kind).toBe('error');
    const fresh = s.$env.get().id;
    // Following the advice: open the old document to delete it.
    s.switchTo(old);
    expect(s.$env.get().data.employeeName).toBe('Oud');
    expect(s.$save.get()).toMatchObject({ kind: 'error', code: 'full' });
    expect(s.$docs.get().find((d) => d.id === fresh)).toMatchObject({ name: 'Nieuw', unsaved: true });
    expect(s.$notices.get().find((n) => n.id === 'unsaved')?.text).toMatch(/Niet bewaard: “Nieuw”/);
    // Back and forth loses nothing.
    s.switchTo(fresh);
    expect(s.$env.get().data.proudOf).toHaveLength(6000);
    s.switchTo(old);
    s.removeCurrent();
    expect(s.$env.get().id).toBe(fresh);
    expect(s.$save.get().kind).toBe('saved');
    expect(s.$notices.get().some((n) => n.id === 'unsaved')).toBe(false);
    expect(tab(mem).$env.get().data.proudOf).toHaveLength(6000);
  });

  it('blocked storage: never says "opgeslagen", and says why', () => {
    const s = tab(new MemoryStore(), 'memory');
    set(s, 'employeeName', 'Bram');
    vi.advanceTimersByTime(150);
    expect(s.$save.get().kind).toBe('memory');
    expect(s.$notices.get().map((n) => n.id)).toContain('blocked');
  });
});

describe('two tabs on one document', () => {
  it('an edit in one tab reaches the other', () => {
    const mem = new MemoryStore();
    const a = tab(mem);
    set(a, 'employeeName', 'Zoë');
    vi.advanceTimersByTime(150);
    const b = tab(mem);
    set(b, 'proudOf', 'De kersttaarten');
    vi.advanceTimersByTime(150);
    a.onStorage(`gw:doc:${employeeCodec.kind}:${a.$env.get().id}`);
    expect(a.$env.get().data.proudOf).toBe('De kersttaarten');
  });

  it('typing in both tabs within the save delay: different fields are merged, nothing is lost', () => {
    const mem = new MemoryStore();
    const a = tab(mem);
    set(a, 'employeeName', 'Zoë');
    vi.advanceTimersByTime(150);
    const b = tab(mem);
    set(a, 'proudOf', 'Uit tab A');
    set(b, 'lessWell', 'Uit tab B');
    vi.advanceTimersByTime(150);
    a.onStorage(null);
    vi.advanceTimersByTime(150);
    const stored = tab(mem).$env.get().data;
    expect(stored.proudOf).toBe('Uit tab A');
    expect(stored.lessWell).toBe('Uit tab B');
    expect(a.$env.get().data.lessWell).toBe('Uit tab B');
  });

  it('the same field in both tabs: this tab keeps its text, the other version becomes its own document', () => {
    const mem = new MemoryStore();
    const a = tab(mem);
    set(a, 'employeeName', 'Zoë');
    vi.advanceTimersByTime(150);
    const b = tab(mem);
    set(b, 'proudOf', 'Versie B');
    vi.advanceTimersByTime(150);
    set(a, 'proudOf', 'Versie A');
    vi.advanceTimersByTime(150);
    expect(a.$env.get().data.proudOf).toBe('Versie A');
    expect(a.$notices.get().find((n) => n.id === 'conflict')?.text).toMatch(/andere versie is bewaard als apart document/);
    const docs = tab(mem).$docs.get();
    expect(docs).toHaveLength(2);
    expect(docs.some((d) => d.name.includes('versie uit ander tabblad'))).toBe(true);
  });
});

describe('two tabs saving at the same moment (each writes the same revision)', () => {
  const docKey = (s: ReturnType<typeof tab>) => `gw:doc:${employeeCodec.kind}:${s.$env.get().id}`;
  const start = () => {
    const mem = new MemoryStore();
    const va = new TabView(mem);
    const a = tabOn(va);
    set(a, 'employeeName', 'Zoë');
    vi.advanceTimersByTime(150);
    const vb = new TabView(mem);
    const b = tabOn(vb);
    expect(b.$env.get().id).toBe(a.$env.get().id);
    return { mem, va, vb, a, b };
  };

  it('the same field: both versions are kept, and each tab says where the other one is', () => {
    const { mem, va, vb, a, b } = start();
    set(a, 'proudOf', 'Versie A');
    set(b, 'proudOf', 'Versie B');
    // A writes first; B's copy of storage has not seen that yet, so B writes over it.
    vi.advanceTimersByTime(150);
    expect(tab(mem).$env.get().data.proudOf).toBe('Versie B');
    va.sync();
    a.onStorage(docKey(a));
    vi.advanceTimersByTime(10);
    expect(a.$env.get().data.proudOf).toBe('Versie A');
    expect(a.$notices.get().find((n) => n.id === 'conflict')?.text).toMatch(/andere versie is bewaard als apart document “Zoë \(versie uit ander tabblad, \d\d:\d\d\)”/);
    vb.sync();
    b.onStorage(docKey(b));
    expect(b.$env.get().data.proudOf).toBe('Versie A');
    expect(b.$notices.get().find((n) => n.id === 'other-tab')?.text).toMatch(/Je vorige versie staat als apart document “Zoë \(versie uit ander tabblad/);
    const stored = tab(mem);
    const texts = stored.$docs.get().map((d) => { stored.switchTo(d.id); return stored.$env.get().data.proudOf; });
    expect(texts.sort()).toEqual(['Versie A', 'Versie B']);
  });

  it('different fields: one document with both', () => {
    const { mem, va, vb, a, b } = start();
    set(a, 'proudOf', 'Uit A');
    set(b, 'lessWell', 'Uit B');
    vi.advanceTimersByTime(150);
    va.sync();
    a.onStorage(docKey(a));
    vi.advanceTimersByTime(10);
    vb.sync();
    b.onStorage(docKey(b));
    for (const s of [a, b, tab(mem)]) expect(s.$env.get().data).toMatchObject({ proudOf: 'Uit A', lessWell: 'Uit B' });
    expect(tab(mem).$docs.get()).toHaveLength(1);
  });
});

describe('opening a file of a document that is already here (same id)', () => {
  it('a file that holds everything of the stored version replaces it; one that lacks something keeps that version aside', () => {
    const mem = new MemoryStore();
    const s = tab(mem);
    set(s, 'employeeName', 'Zoë');
    vi.advanceTimersByTime(150);
    const backup = s.$env.get();
    // Later in the same browser: more text.
    set(s, 'proudOf', 'Nieuwer');
    vi.advanceTimersByTime(150);
    // The older backup again: nothing newer may disappear.
    const older = s.addImported(backup, true);
    expect(older).toMatchObject({ how: 'replaced', keptAs: expect.stringMatching(/^Zoë \(versie die in deze browser stond, \d\d:\d\d\)$/) });
    // What the file lacked, by field, named from the form's declaration.
    expect(older.lacking).toEqual(['proudOf']);
    expect(importedMessage('Zoë', older, employeeCodec.describePart)).toMatch(/niet in dit bestand staat: het veld “[^”]+”\. Die versie is niet weg/);
    expect(s.$env.get().data.proudOf).toBe('');
    s.switchTo(s.$docs.get().find((d) => d.name === older.keptAs)!.id);
    expect(s.$env.get().data.proudOf).toBe('Nieuwer');
    // A file that only adds (e.g. the report back with a second signature) replaces without a copy.
    s.switchTo(backup.id);
    const fuller = { ...backup, data: { ...backup.data, lessWell: 'Erbij' } };
    expect(s.addImported(fuller, true)).toEqual({ how: 'replaced', keptAs: null, lacking: [] });
    expect(s.$env.get().data.lessWell).toBe('Erbij');
    expect(s.$docs.get()).toHaveLength(2);
  });
});

describe('covers', () => {
  it('holds everything of the other, nested; adding is fine, changing or dropping is not', () => {
    const signed = { text: 'a', list: ['x'], signatures: { manager: { name: 'An', at: '1' } } };
    expect(covers({ ...signed, signatures: { ...signed.signatures, employee: { name: 'Bo', at: '2' } } }, signed)).toBe(true);
    expect(covers({ ...signed, reaction: 'ok' }, { ...signed, reaction: '' })).toBe(true);
    expect(covers({ ...signed, signatures: {} }, signed)).toBe(false);
    expect(covers({ ...signed, text: 'b' }, signed)).toBe(false);
    expect(covers({ ...signed, list: [] }, signed)).toBe(false);
  });
});

describe('lacking', () => {
  it('names the fields, and the parts of a field with named parts, that the first lacks of the second', () => {
    const sig = { name: 'Zoë', signedAt: '2025-03-15T10:12:00+01:00' };
    const mine = { proudOf: 'Veel', lessWell: '', goals: [{ what: 'Cursus' }], signatures: { manager: sig, employee: sig } };
    const file = { proudOf: 'Veel', lessWell: 'Erbij', goals: [], signatures: { manager: sig } };
    expect(lacking(file, mine)).toEqual(['goals', 'signatures.employee']);
    expect(lacking(mine, file)).toEqual(['lessWell']);
    // Another signature at the same place is a lack too (the one in the browser would be lost).
    expect(lacking({ signatures: { manager: { ...sig, signedAt: '2025-03-16T09:00:00+01:00' } } }, { signatures: { manager: sig } })).toEqual(['signatures.manager']);
    expect(lacking(mine, mine)).toEqual([]);
  });
});

describe('importedMessage', () => {
  const kept = { how: 'replaced' as const, keptAs: 'Zoë (versie die in deze browser stond, 10:12)' };
  it('says what the file lacked, in the words of the declaration', () => {
    const text = importedMessage('Zoë', { ...kept, lacking: ['signatures.employee', 'signatures.manager'] }, reportCodec.describePart);
    expect(text).toContain('niet in dit bestand staat: de handtekening van de medewerker en de handtekening van de leidinggevende.');
    expect(text).toContain('als “Zoë (versie die in deze browser stond, 10:12)”');
    const three = importedMessage('Zoë', { ...kept, lacking: ['signatures.employee', 'employeeName', 'signatures.manager'] }, reportCodec.describePart);
    expect(three).toMatch(/: de handtekening van de medewerker, het veld “[^”]+” en de handtekening van de leidinggevende\./);
  });
  it('falls back to a general phrase for a part it cannot name', () => {
    expect(importedMessage('Zoë', { ...kept, lacking: ['signatures.employee', 'unknownField'] }, reportCodec.describePart)).toContain('niet in dit bestand staat: tekst of een handtekening.');
    expect(importedMessage('Zoë', { ...kept, lacking: ['signatures.employee'] })).toContain('tekst of een handtekening');
  });
});

describe('mergeFields', () => {
  it('takes their change, keeps mine, and reports a conflict', () => {
    const base = { a: '1', b: '1', c: '1' };
    expect(mergeFields(base, { a: '2', b: '1', c: 'x' }, { a: '1', b: '3', c: 'y' })).toEqual({ data: { a: '2', b: '3', c: 'x' }, conflicts: ['c'], taken: ['b'] });
  });
});
