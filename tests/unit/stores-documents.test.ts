/**
 * The document store: autosave that says "saved" only after a write, full and blocked storage,
 * and two tabs on one document (edits reach each other; a conflict keeps both versions).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeeCodec } from '../../src/lib/forms/sheets/index.ts';
import { createDocumentStore } from '../../src/lib/stores/documents.ts';
import { mergeFields } from '../../src/lib/stores/merge.ts';
import { MemoryStore } from '../../src/lib/stores/storage.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const tab = (store: MemoryStore, mode: 'browser' | 'memory' = 'browser') => {
  const s = createDocumentStore(employeeCodec, { storage: { store, mode }, saveDelay: 100 });
  s.load();
  return s;
};
const set = (s: ReturnType<typeof tab>, field: string, value: string) => s.update((d) => ({ ...d, [field]: value }));

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

describe('mergeFields', () => {
  it('takes their change, keeps mine, and reports a conflict', () => {
    const base = { a: '1', b: '1', c: '1' };
    expect(mergeFields(base, { a: '2', b: '1', c: 'x' }, { a: '1', b: '3', c: 'y' })).toEqual({ data: { a: '2', b: '3', c: 'x' }, conflicts: ['c'], taken: ['b'] });
  });
});
