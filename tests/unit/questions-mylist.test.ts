import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_TEXT_LENGTH,
  addItem,
  addOwnItem,
  editItem,
  listToText,
  moveItem,
  newOwnId,
  parseStoredList,
  removeItem,
  validateList,
  type MyQuestion,
} from '../../src/lib/questions/myList.ts';
import { phaseName } from '../../src/lib/questions/bank.ts';

const a = { id: 'sam-01', text: 'Hoe loopt de samenwerking?', phase: 3 };
const b = { id: 'ont-02', text: 'Wat wil je leren?', phase: 4 };
const c = { id: 'afs-03', text: 'Wie doet wat?', phase: 6 };
const three = [a, b, c].reduce<MyQuestion[]>((l, q) => addItem(l, q), []);

describe('personal list operations', () => {
  it('adds bank questions once, with their source and phase', () => {
    const list = addItem(addItem([], a), a);
    expect(list).toEqual([{ id: 'sam-01', text: a.text, sourceId: 'sam-01', phase: 3 }]);
  });

  it('does not change its input', () => {
    const before = structuredClone(three);
    addItem(three, { id: 'x-01', text: 'Nog een vraag?' });
    removeItem(three, 'sam-01');
    moveItem(three, 'afs-03', -2);
    editItem(three, 'sam-01', 'Anders gezegd?');
    addOwnItem(three, 'Eigen vraag?', 'eigen-1');
    expect(three).toEqual(before);
  });

  it('removes', () => {
    expect(removeItem(three, 'ont-02').map((q) => q.id)).toEqual(['sam-01', 'afs-03']);
    expect(removeItem(three, 'bestaat-niet')).toEqual(three);
  });

  it('moves up and down, clamped at the ends', () => {
    expect(moveItem(three, 'afs-03', -1).map((q) => q.id)).toEqual(['sam-01', 'afs-03', 'ont-02']);
    expect(moveItem(three, 'sam-01', 1).map((q) => q.id)).toEqual(['ont-02', 'sam-01', 'afs-03']);
    expect(moveItem(three, 'sam-01', -1)).toEqual(three);
    expect(moveItem(three, 'afs-03', 5).map((q) => q.id)).toEqual(['sam-01', 'ont-02', 'afs-03']);
    expect(moveItem(three, 'onbekend', 1)).toEqual(three);
  });

  it('keeps every item when moving (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: -4, max: 4 }), (i, by) => {
        const moved = moveItem(three, three[i]!.id, by);
        expect([...moved].sort((x, y) => x.id.localeCompare(y.id))).toEqual(
          [...three].sort((x, y) => x.id.localeCompare(y.id)),
        );
      }),
    );
  });

  it('edits the wording but keeps the source', () => {
    const list = editItem(three, 'sam-01', '  Hoe werken   we samen?  ');
    expect(list[0]).toEqual({ id: 'sam-01', text: 'Hoe werken we samen?', sourceId: 'sam-01', phase: 3 });
    expect(editItem(three, 'sam-01', '   ')).toEqual(three);
  });

  it('adds own questions with an eigen- id', () => {
    const list = addOwnItem(three, 'Wat doen we met de nieuwe kassa?');
    const own = list[3]!;
    expect(own.id).toMatch(/^eigen-[a-z0-9]{8}$/);
    expect(own.text).toBe('Wat doen we met de nieuwe kassa?');
    expect(own.sourceId).toBeUndefined();
    expect(addOwnItem(three, '  ')).toEqual(three);
    expect(addOwnItem([], 'x'.repeat(2000))[0]!.text.length).toBe(MAX_TEXT_LENGTH);
  });

  it('makes own ids that differ', () => {
    const set = new Set(Array.from({ length: 200 }, () => newOwnId()));
    expect(set.size).toBe(200);
  });
});

describe('stored value validation', () => {
  it('accepts a valid list', () => {
    expect(parseStoredList(JSON.stringify(three))).toEqual(three);
    expect(parseStoredList('[]')).toEqual([]);
  });

  it('rejects anything else', () => {
    for (const raw of ['', '{', 'null', '{"a":1}', '[1,2]', '[{"id":"x"}]', '[{"id":"x","text":""}]', '[{"id":"x","text":"ok","phase":12}]']) {
      expect(parseStoredList(raw), raw).toBeNull();
    }
  });

  it('drops duplicate ids and unknown fields', () => {
    expect(validateList([{ id: 'a', text: 'Een?', extra: 1 }, { id: 'a', text: 'Twee?' }])).toEqual([{ id: 'a', text: 'Een?' }]);
  });

  it('never throws (property)', () => {
    fc.assert(fc.property(fc.string(), (raw) => void parseStoredList(raw)));
    fc.assert(fc.property(fc.anything(), (v) => void validateList(v)));
  });
});

describe('listToText', () => {
  it('numbers the questions and names the phase', () => {
    const own = addOwnItem(three, 'Eigen vraag?', 'eigen-abc');
    expect(listToText(own, { phaseName })).toBe(
      [
        'Mijn vragen voor het functioneringsgesprek',
        '',
        '1. Hoe loopt de samenwerking? (fase 3: Het verhaal van de medewerker)',
        '2. Wat wil je leren? (fase 4: Verdieping)',
        '3. Wie doet wat? (fase 6: Samen vooruit: afspraken)',
        '4. Eigen vraag?',
        '',
      ].join('\n'),
    );
  });

  it('says when the list is empty', () => {
    expect(listToText([])).toContain('(nog geen vragen)');
  });
});

describe('reading a stored list', () => {
  it('keeps every item and every character, however long the list is', () => {
    const list = Array.from({ length: 1000 }, (_, i) => ({ id: `eigen-${i}`, text: `Vraag ${i}? ${'x'.repeat(i === 7 ? 2000 : 0)}`.trim() }));
    const read = validateList(list);
    expect(read).toHaveLength(1000);
    expect(read?.[7]?.text.length).toBe(list[7]!.text.length);
  });
});
