import { describe, expect, it } from 'vitest';
import {
  chapterHref,
  formatDateNl,
  isoDate,
  neighbours,
  paragraphs,
  sortChapters,
} from '../../src/lib/guide/chapters';
import { tocFromHeadings } from '../../src/lib/guide/toc';

const ch = (id: string, order: number) => ({ id, data: { order, title: `Titel ${id}` } });

describe('sortChapters and neighbours', () => {
  const chapters = [ch('c', 3), ch('a', 1), ch('b', 2)];

  it('sorts by order without changing the input', () => {
    expect(sortChapters(chapters).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(chapters.map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });

  it('breaks ties by id', () => {
    expect(sortChapters([ch('y', 1), ch('x', 1)]).map((c) => c.id)).toEqual(['x', 'y']);
  });

  it('links previous and next chapters', () => {
    expect(neighbours(chapters, 'a')).toEqual({ prev: undefined, next: { href: '/gids/b/', title: 'Titel b' } });
    expect(neighbours(chapters, 'b')).toEqual({
      prev: { href: '/gids/a/', title: 'Titel a' },
      next: { href: '/gids/c/', title: 'Titel c' },
    });
    expect(neighbours(chapters, 'c').next).toBeUndefined();
    expect(neighbours(chapters, 'onbekend')).toEqual({});
  });

  it('builds chapter URLs with a trailing slash', () => {
    expect(chapterHref('zeven-fasen')).toBe('/gids/zeven-fasen/');
  });
});

describe('dates', () => {
  it('formats in Dutch, independent of the time zone', () => {
    const d = new Date('2026-11-22T00:00:00Z');
    expect(formatDateNl(d)).toBe('22 november 2026');
    expect(isoDate(d)).toBe('2026-11-22');
  });
});

describe('paragraphs', () => {
  it('splits at blank lines and joins wrapped lines', () => {
    expect(paragraphs('Eerste regel\nloopt door.\n\n  Tweede.\n\n\n')).toEqual(['Eerste regel loopt door.', 'Tweede.']);
    expect(paragraphs('a\r\n\r\nb')).toEqual(['a', 'b']);
    expect(paragraphs('')).toEqual([]);
  });
});

describe('tocFromHeadings', () => {
  it('keeps only h2 headings, once each', () => {
    const toc = tocFromHeadings([
      { depth: 2, slug: 'een', text: 'Een ' },
      { depth: 3, slug: 'sub', text: 'Sub' },
      { depth: 2, slug: 'twee', text: 'Twee' },
      { depth: 2, slug: 'een', text: 'Een' },
      { depth: 2, slug: '', text: 'Leeg' },
    ]);
    expect(toc).toEqual([
      { id: 'een', text: 'Een' },
      { id: 'twee', text: 'Twee' },
    ]);
  });
});
