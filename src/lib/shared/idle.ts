type IdleWindow = { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

/**
 * Runs `fn` when the browser has nothing else to do, at most `timeout` ms later. Where there is
 * no idle callback (Safari), it runs after `fallback` ms instead.
 */
export function whenIdle(fn: () => void, timeout: number, fallback = 0): void {
  const idle = (globalThis as IdleWindow).requestIdleCallback;
  if (idle) idle(fn, { timeout });
  else setTimeout(fn, fallback);
}
