/**
 * A value made on first use. Building zod schemas and unicode regular expressions costs real
 * time at start-up (tens of ms on a slow phone for the form kinds together), so modules declare
 * them and build them when they are first needed: a page that never parses anything never pays.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
