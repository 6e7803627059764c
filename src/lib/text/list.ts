/** A Dutch enumeration: 'a', 'a en b', 'a, b en c' (no comma before "en"). */
export function dutchList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
