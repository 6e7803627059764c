/**
 * Long Dutch compounds in big headings overflow a 320 px screen when the browser
 * has no Dutch hyphenation dictionary (then `hyphens: auto` does nothing and
 * `overflow-wrap` breaks anywhere). Soft hyphens (U+00AD) at the compound joints
 * give every browser a good place to break; they are invisible otherwise.
 */
const JOINTS: [RegExp, string][] = [
  [/(functionerings|beoordelings|ontwikkelings|doelstellings|plannings|voortgangs)(gesprek)/gi, '$1\u00AD$2'],
  [/(evaluatie|loopbaan|ontwikkel|coaching|feedback|groei)(gesprek)/gi, '$1\u00AD$2'],
  [/(leiding)(gevende)/gi, '$1\u00AD$2'],
  [/(voorbereidings)(blad)/gi, '$1\u00AD$2'],
];

export function softHyphens(text: string): string {
  return JOINTS.reduce((t, [re, by]) => t.replace(re, by), text);
}
