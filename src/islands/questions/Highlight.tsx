import { segments } from '../../lib/questions/highlight.ts';
import type { Range } from '../../lib/questions/types.ts';

/** Text with the matched parts in <mark>. */
export function Highlight({ text, ranges }: { text: string; ranges?: readonly Range[] | undefined }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return (
    <>
      {segments(text, ranges).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}
    </>
  );
}
