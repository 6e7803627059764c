/**
 * Table of contents of a guide chapter, from the headings Astro's render()
 * returns ({ depth, slug, text }). Only h2 headings are listed.
 */
export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  id: string;
  text: string;
}

export function tocFromHeadings(headings: readonly HeadingLike[], depth = 2): TocItem[] {
  const seen = new Set<string>();
  const items: TocItem[] = [];
  for (const h of headings) {
    if (h.depth !== depth || !h.slug || seen.has(h.slug)) continue;
    seen.add(h.slug);
    items.push({ id: h.slug, text: h.text.trim() });
  }
  return items;
}
