/** The one result shape of the site: a value, or a Dutch message (and a code a caller may branch on). */
export type Result<T, C extends string = string> = { ok: true; value: T } | { ok: false; message: string; code?: C };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <C extends string = string>(message: string, code?: C): { ok: false; message: string; code?: C } =>
  code === undefined ? { ok: false, message } : { ok: false, message, code };
