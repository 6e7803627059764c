/** Page geometry, colours and type sizes of every PDF (points; 1 mm = 2.8346 pt). */

export const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28, // A4
  height: 841.89,
  marginX: 18 * MM,
  marginTop: 18 * MM,
  /** Lowest point content may reach. */
  marginBottom: 21 * MM,
  /** Footer baseline and the rule above it. */
  footerBaseline: 11 * MM,
  footerRule: 15 * MM,
} as const;

export type Rgb = readonly [number, number, number];
const hex = (h: string): Rgb => [
  parseInt(h.slice(1, 3), 16) / 255,
  parseInt(h.slice(3, 5), 16) / 255,
  parseInt(h.slice(5, 7), 16) / 255,
];

export const COLOR = {
  text: hex('#1d2125'),
  muted: hex('#555c66'),
  primary: hex('#1f5f8b'),
  rule: hex('#c9ced4'),
  border: hex('#b9c0c8'),
  headerFill: hex('#e9eff5'),
  zebraFill: hex('#f6f8fa'),
  fieldFill: hex('#fbfcfd'),
  ink: hex('#10233f'),
} as const;

export const TYPE = {
  body: 10,
  bodyLeading: 14.2,
  small: 8.8,
  smallLeading: 12,
  table: 9.4,
  tableLeading: 12.6,
  title: 20,
  subtitle: 11,
  h1: 14,
  h2: 12,
  h3: 10.5,
  footer: 8,
} as const;

/** Vertical space after blocks. */
export const GAP = {
  block: 8,
  afterTitle: 14,
  beforeH1: 14,
  beforeH2: 10,
  beforeH3: 8,
  afterHeading: 5,
} as const;
