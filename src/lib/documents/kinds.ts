/** The document kinds of the site: their Dutch names and the page where each one opens. */
export const DOCUMENT_KINDS = {
  'voorbereiding-medewerker': { label: 'voorbereiding van de medewerker', page: '/voorbereiden/medewerker/' },
  'voorbereiding-leidinggevende': { label: 'voorbereiding van de leidinggevende', page: '/voorbereiden/leidinggevende/' },
  verslag: { label: 'gespreksverslag', page: '/verslag/' },
} as const satisfies Record<string, { label: string; page: string }>;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

export function kindLabel(kind: string): string | undefined {
  return (DOCUMENT_KINDS as Record<string, { label: string }>)[kind]?.label;
}
