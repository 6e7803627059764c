/**
 * The content fingerprint of a report: a SHA-256 over a canonical form of everything
 * the two people agree on — without the signatures themselves and without UI-only
 * details (row ids, whitespace, empty rows). A signature stores the fingerprint of the
 * content it signed; when the content changes, the signature no longer matches.
 */
import type { Report, SignerRole } from './model.ts';

export type SignatureStatus = 'ontbreekt' | 'geldig' | 'verouderd';

/** NFC, unified line breaks, spaces collapsed per line, blank lines dropped, trimmed. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085\v\f]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function isEmptyRow(v: Json): boolean {
  if (v === null || v === '') return true;
  if (Array.isArray(v)) return v.every(isEmptyRow);
  if (typeof v === 'object') return Object.values(v).every(isEmptyRow);
  return false;
}

/** Sorted keys, normalised strings, ids dropped; rows of lists that are entirely empty dropped. */
function canon(v: unknown): Json {
  if (typeof v === 'string') return normalizeText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean' || v === null || v === undefined) return v ?? null;
  if (Array.isArray(v)) {
    return v.map(canon).filter((row) => !(row !== null && typeof row === 'object' && isEmptyRow(row)));
  }
  if (typeof v === 'object') {
    const out: { [k: string]: Json } = {};
    for (const key of Object.keys(v as object).sort()) {
      if (key === 'id') continue;
      const x = (v as Record<string, unknown>)[key];
      if (x === undefined) continue;
      out[key] = canon(x);
    }
    return out;
  }
  return null;
}

/** The report's content, without signatures and version, as a canonical JSON string. */
export function canonicalContent(report: Report): string {
  const { signatures: _signatures, version: _version, ...content } = report;
  return JSON.stringify(canon(content));
}

function toHex(buf: ArrayBuffer): string {
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hex SHA-256 of the canonical content (WebCrypto: browsers and Node ≥ 20). */
export async function fingerprint(report: Report): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalContent(report));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return toHex(digest);
}

/** 'a1b2c3d4e5f67788…' → 'A1B2 C3D4 E5F6 7788' (first 16 hex digits, in groups of four). */
export function shortFingerprint(hex: string): string {
  const s = hex.replace(/[^0-9a-f]/gi, '').slice(0, 16).toUpperCase();
  return s.match(/.{1,4}/g)?.join(' ') ?? '';
}

/** Does the signature of `which` match the content as it is now? */
export function signatureStatus(report: Report, which: SignerRole, currentFingerprint: string): SignatureStatus {
  const sig = report.signatures[which];
  if (!sig) return 'ontbreekt';
  return sig.fingerprint.toLowerCase() === currentFingerprint.toLowerCase() ? 'geldig' : 'verouderd';
}
