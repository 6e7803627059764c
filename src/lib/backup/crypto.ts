/**
 * Encryption of a backup file with a passphrase, in the browser's own WebCrypto (no library):
 * AES-GCM with a 256-bit key derived by PBKDF2-SHA-256 at 600,000 iterations (OWASP's advice
 * of 2023 for PBKDF2-HMAC-SHA256). Salt (16 bytes) and IV (12 bytes) are random per file and
 * stored in it. The header (format, version, iterations) is bound as additional data, so a
 * changed header fails like a wrong passphrase. AES-GCM checks integrity: a changed byte or a
 * wrong passphrase gives an error, never garbage.
 */
import { fail, ok, type Result } from '../shared/result.ts';

export const PBKDF2_ITERATIONS = 600_000;
/** A file may ask for more iterations, not for fewer (no downgrade), and not absurdly many (no frozen tab). */
export const MIN_ITERATIONS = PBKDF2_ITERATIONS;
export const MAX_ITERATIONS = 5_000_000;
export const MIN_PASSPHRASE = 8;

export interface Sealed {
  iterations: number;
  salt: string;
  iv: string;
  data: string;
}

const enc = new TextEncoder();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array | null {
  try {
    const s = atob(text);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto is not available');
  return s;
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function seal(plain: string, passphrase: string, header: string, iterations = PBKDF2_ITERATIONS): Promise<Sealed> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const data = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(header) }, key, enc.encode(plain)));
  return { iterations, salt: toBase64(salt), iv: toBase64(iv), data: toBase64(data) };
}

export const WRONG_PASSPHRASE = 'Dit wachtwoord klopt niet, of het bestand is beschadigd. Er is niets veranderd. Let op hoofdletters en spaties.';

export async function open(sealed: Sealed, passphrase: string, header: string): Promise<Result<string, 'wrong' | 'damaged'>> {
  const salt = fromBase64(sealed.salt);
  const iv = fromBase64(sealed.iv);
  const data = fromBase64(sealed.data);
  if (!salt || !iv || !data || salt.length < 16 || iv.length !== 12 || data.length < 16) return fail('Dit versleutelde bestand is beschadigd. Er is niets veranderd.', 'damaged');
  if (!Number.isInteger(sealed.iterations) || sealed.iterations < MIN_ITERATIONS || sealed.iterations > MAX_ITERATIONS) {
    return fail('Dit versleutelde bestand is niet door Gesprekswijzer gemaakt (vreemde instellingen). Er is niets veranderd.', 'damaged');
  }
  try {
    const key = await deriveKey(passphrase, salt, sealed.iterations);
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: enc.encode(header) }, key, data as BufferSource);
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return fail(WRONG_PASSPHRASE, 'wrong');
  }
}
