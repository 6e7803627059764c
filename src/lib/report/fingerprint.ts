/** SHA-256 in hex (WebCrypto: browsers and Node), and the short form people read aloud or compare. */

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** 'a1b2c3d4e5f67788…' → 'A1B2 C3D4 E5F6 7788' (the first 16 hex digits, in groups of four). */
export function shortFingerprint(hex: string): string {
  const s = hex.replace(/[^0-9a-f]/gi, '').slice(0, 16).toUpperCase();
  return s.match(/.{1,4}/g)?.join('\u00a0') ?? '';
}
