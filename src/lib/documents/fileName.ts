/** File names for downloads: kind, a person's name and a date, safe on every system. */

const SPECIAL: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i', þ: 'th' };

export function slugPart(text: string): string {
  return text
    .replace(/[łŁøØđĐßæÆœŒıþ]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** e.g. ('voorbereiding-medewerker', 'Łukasz Nowak', '2026-11-22', 'pdf') → voorbereiding-medewerker-lukasz-nowak-2026-11-22.pdf */
export function exportFileName(kind: string, name: string, date: string, ext: string): string {
  const parts = [kind, name, date].map(slugPart).filter(Boolean);
  return `${parts.join('-') || 'document'}.${ext}`;
}
