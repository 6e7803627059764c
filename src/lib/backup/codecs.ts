/** The codec of every document kind a backup may hold. */
import type { Codec } from '../documents/envelope.ts';
import type { DocumentKind } from '../documents/kinds.ts';
import { employeeCodec, managerCodec } from '../forms/sheets/index.ts';
import { reportCodec } from '../report/codec.ts';

export const CODECS: Record<DocumentKind, Codec<unknown>> = {
  'voorbereiding-medewerker': employeeCodec as unknown as Codec<unknown>,
  'voorbereiding-leidinggevende': managerCodec as unknown as Codec<unknown>,
  verslag: reportCodec as unknown as Codec<unknown>,
};

export const codecFor = (kind: string): Codec<unknown> | undefined => (Object.hasOwn(CODECS, kind) ? CODECS[kind as DocumentKind] : undefined);
