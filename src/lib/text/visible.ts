/**
 * Whether a text shows anything: not only spaces, line breaks and invisible characters (zero-width
 * spaces, direction marks, other format and control characters). A name made of those alone
 * would sign as nothing.
 */
export function hasVisibleText(s: string): boolean {
  return /[^\p{Z}\p{Cc}\p{Cf}\s]/u.test(s);
}
