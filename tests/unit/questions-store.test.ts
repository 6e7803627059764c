import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class MemoryStorage {
  private data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  clear() {
    this.data.clear();
  }
}

/** A Storage whose keys are also properties (as @nanostores/persistent reads them). */
function fakeStorage(initial: Record<string, string> = {}): Storage {
  const mem = new MemoryStorage();
  for (const [k, v] of Object.entries(initial)) mem.setItem(k, v);
  return new Proxy(mem, {
    get: (t, p) => (typeof p === 'string' && !(p in t) ? (t.getItem(p) ?? undefined) : Reflect.get(t, p, t)),
    set: (t, p, v) => (typeof p === 'string' ? (t.setItem(p, v), true) : false),
    has: (t, p) => (typeof p === 'string' && t.getItem(p) !== null) || p in t,
    deleteProperty: (t, p) => (typeof p === 'string' ? (t.removeItem(p), true) : false),
  }) as unknown as Storage;
}

async function loadStore(initial: Record<string, string> = {}) {
  const storage = fakeStorage(initial);
  vi.stubGlobal('localStorage', storage);
  // The persistence library is loaded once; point it at this test's storage.
  const { setPersistentEngine } = await import('@nanostores/persistent');
  setPersistentEngine(storage as unknown as Record<string, string>, { addEventListener() {}, removeEventListener() {} });
  vi.resetModules();
  const mod = await import('../../src/lib/stores/myQuestions.ts');
  return { storage, ...mod };
}

describe('myQuestions store', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('starts empty and persists changes under gw:mijn-vragen:v1', async () => {
    const s = await loadStore();
    expect(s.STORAGE_KEY).toBe('gw:mijn-vragen:v1');
    expect(s.myQuestions.get()).toEqual([]);
    s.addQuestion({ id: 'sam-01', text: 'Hoe loopt de samenwerking?', phase: 3 });
    s.addQuestion({ id: 'ont-02', text: 'Wat wil je leren?', phase: 4 });
    const ownId = s.addOwnQuestion('Wat doen we met de nieuwe kassa?');
    expect(ownId).toMatch(/^eigen-/);
    s.moveQuestion(ownId!, -2);
    s.editQuestion('ont-02', 'Wat zou je graag leren?');
    s.removeQuestion('sam-01');
    const stored = JSON.parse(s.storage.getItem('gw:mijn-vragen:v1')!);
    expect(stored).toEqual([
      { id: ownId, text: 'Wat doen we met de nieuwe kassa?' },
      { id: 'ont-02', text: 'Wat zou je graag leren?', sourceId: 'ont-02', phase: 4 },
    ]);
    s.clearQuestions();
    expect(s.myQuestions.get()).toEqual([]);
  });

  it('reads a stored list back', async () => {
    const list = [{ id: 'afs-03', text: 'Wie doet wat?', sourceId: 'afs-03', phase: 6 }];
    const s = await loadStore({ 'gw:mijn-vragen:v1': JSON.stringify(list) });
    expect(s.myQuestions.get()).toEqual(list);
    expect(s.myQuestionsNotice.get()).toBeNull();
  });

  it('survives a corrupt value and keeps the raw text aside', async () => {
    const raw = '{"dit is": geen lijst';
    const s = await loadStore({ 'gw:mijn-vragen:v1': raw });
    expect(s.myQuestions.get()).toEqual([]);
    expect(s.storage.getItem('gw:mijn-vragen:beschadigd')).toBe(raw);
    expect(s.myQuestionsNotice.get()).toMatch(/niet gelezen/);
    s.addQuestion({ id: 'sam-01', text: 'Hoe loopt de samenwerking?' });
    expect(s.storage.getItem('gw:mijn-vragen:beschadigd')).toBe(raw);
  });

  it('treats a list of the wrong shape as damaged too', async () => {
    const raw = JSON.stringify([{ id: 1, text: null }]);
    const s = await loadStore({ 'gw:mijn-vragen:v1': raw });
    expect(s.myQuestions.get()).toEqual([]);
    expect(s.storage.getItem('gw:mijn-vragen:beschadigd')).toBe(raw);
  });
});
