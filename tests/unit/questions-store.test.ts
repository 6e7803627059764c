import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class MemoryStorage {
  private data = new Map<string, string>();
  /** Most characters (keys + values) it holds; a write beyond throws QuotaExceededError. */
  quota = Infinity;
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
    let used = 0;
    for (const [key, value] of this.data) if (key !== k) used += key.length + value.length;
    if (used + k.length + String(v).length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  clear() {
    this.data.clear();
  }
}

async function loadStore(initial: Record<string, string> = {}, { blocked = false } = {}) {
  const storage = new MemoryStorage();
  for (const [k, v] of Object.entries(initial)) storage.setItem(k, v);
  if (blocked) {
    // As in a browser that blocks site data: touching localStorage throws.
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  } else {
    vi.stubGlobal('localStorage', storage);
  }
  vi.resetModules();
  const mod = await import('../../src/lib/stores/myQuestions.ts');
  return { storage, ...mod };
}

const own = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `eigen-${String(i).padStart(8, '0')}`, text: `Eigen vraag ${i + 1}?` }));

describe('myQuestions store', () => {
  const cleanup = () => {
    vi.unstubAllGlobals();
    delete (globalThis as { localStorage?: unknown }).localStorage;
  };
  beforeEach(cleanup);
  afterEach(cleanup);

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

  it('keeps a change on screen when storage is full, says so, and saves everything once there is room', async () => {
    const s = await loadStore();
    s.addQuestion({ id: 'sam-01', text: 'Hoe loopt de samenwerking?' });
    expect(s.myQuestionsStorage.get()).toBe('ok');
    s.storage.quota = 0;
    expect(() => s.addQuestion({ id: 'ont-02', text: 'Wat wil je leren?' })).not.toThrow();
    expect(s.myQuestions.get().map((q) => q.id)).toEqual(['sam-01', 'ont-02']);
    expect(s.myQuestionsStorage.get()).toBe('full');
    // The stored list is still the last saved one, not a shorter or broken one.
    expect(JSON.parse(s.storage.getItem(s.STORAGE_KEY)!).map((q: { id: string }) => q.id)).toEqual(['sam-01']);
    s.storage.quota = Infinity;
    expect(s.retrySave()).toBe('ok');
    expect(JSON.parse(s.storage.getItem(s.STORAGE_KEY)!).map((q: { id: string }) => q.id)).toEqual(['sam-01', 'ont-02']);
    expect(s.myQuestionsStorage.get()).toBe('ok');
  });

  it('works in memory when storage is blocked, and says so', async () => {
    vi.stubGlobal('window', new EventTarget());
    const s = await loadStore({}, { blocked: true });
    expect(s.myQuestionsStorage.get()).toBe('blocked');
    expect(s.addQuestion({ id: 'sam-01', text: 'Hoe loopt de samenwerking?' })).toBe('added');
    expect(s.myQuestions.get()).toHaveLength(1);
    expect(s.myQuestionsStorage.get()).toBe('blocked');
  });

  it('reads 1000 stored questions whole and never saves fewer than it read', async () => {
    const s = await loadStore({ 'gw:mijn-vragen:v1': JSON.stringify(own(1000)) });
    expect(s.myQuestions.get()).toHaveLength(1000);
    // The list is over the limit for adding: adding is refused, nothing is dropped.
    expect(s.addQuestion({ id: 'sam-01', text: 'Hoe loopt de samenwerking?' })).toBe('list-full');
    expect(JSON.parse(s.storage.getItem(s.STORAGE_KEY)!)).toHaveLength(1000);
    s.editQuestion('eigen-00000500', 'Anders gezegd?');
    expect(JSON.parse(s.storage.getItem(s.STORAGE_KEY)!)).toHaveLength(1000);
    s.removeQuestion('eigen-00000000');
    const stored = JSON.parse(s.storage.getItem(s.STORAGE_KEY)!);
    expect(stored).toHaveLength(999);
    expect(stored[499].text).toBe('Anders gezegd?');
  });

  it('follows changes made in another tab', async () => {
    const win = new EventTarget();
    vi.stubGlobal('window', win);
    const s = await loadStore();
    const list = [{ id: 'afs-03', text: 'Wie doet wat?', sourceId: 'afs-03' }];
    const e = Object.assign(new Event('storage'), { key: s.STORAGE_KEY, newValue: JSON.stringify(list) });
    win.dispatchEvent(e);
    expect(s.myQuestions.get()).toEqual(list);
  });

  it('does not overwrite an unreadable list that it could not copy aside', async () => {
    const raw = '{kapot';
    const storage = new MemoryStorage();
    storage.setItem('gw:mijn-vragen:v1', raw);
    storage.quota = 0;
    vi.stubGlobal('localStorage', storage);
    vi.resetModules();
    const s = await import('../../src/lib/stores/myQuestions.ts');
    expect(s.myQuestionsNotice.get()).toMatch(/geen ruimte/);
    s.addQuestion({ id: 'sam-01', text: 'Hoe loopt de samenwerking?' });
    expect(s.myQuestions.get()).toHaveLength(1);
    s.addQuestion({ id: 'ont-02', text: 'Wat wil je leren?' });
    expect(storage.getItem('gw:mijn-vragen:v1')).toBe(raw);
    expect(s.myQuestionsStorage.get()).toBe('full');
    // Room again: the old text goes aside first, then the new list is saved.
    storage.quota = Infinity;
    expect(s.retrySave()).toBe('ok');
    expect(storage.getItem('gw:mijn-vragen:beschadigd')).toBe(raw);
    expect(JSON.parse(storage.getItem('gw:mijn-vragen:v1')!)).toHaveLength(2);
  });
});
