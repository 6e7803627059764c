import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import stepwise from '../../src/integrations/stepwiseDirective.ts';

// The directive's contract: the island's scripts load first; hydration waits for the next frame
// and then for a task of its own; a tab that never draws a frame hydrates after 100 ms.
describe('client:stepwise', () => {
  let frames: Array<() => void>;
  const steps: string[] = [];
  // The directive returns a promise (Astro's type says void).
  const island = () => stepwise(
    async () => {
      steps.push('loaded');
      return async () => void steps.push('hydrated');
    },
    { name: 'X', value: '' },
    {} as HTMLElement,
  ) as unknown as Promise<void>;
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  beforeEach(() => {
    steps.length = 0;
    frames = [];
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('hydrates in a task after the next frame, not right after loading', async () => {
    const done = island();
    await settle();
    expect(steps).toEqual(['loaded']);
    frames.shift()!(); // the frame
    await settle();
    expect(steps).toEqual(['loaded']); // not in the frame itself
    await vi.advanceTimersByTimeAsync(0);
    await done;
    expect(steps).toEqual(['loaded', 'hydrated']);
    await vi.advanceTimersByTimeAsync(200); // the fallback timer does not hydrate twice
    expect(steps).toEqual(['loaded', 'hydrated']);
  });

  it('hydrates after 100 ms when no frame comes (a background tab)', async () => {
    const done = island();
    await settle();
    await vi.advanceTimersByTimeAsync(99);
    expect(steps).toEqual(['loaded']);
    await vi.advanceTimersByTimeAsync(1); // the fallback fires…
    expect(steps).toEqual(['loaded']);
    await vi.advanceTimersByTimeAsync(1); // …and hydration gets a task of its own
    await done;
    expect(steps).toEqual(['loaded', 'hydrated']);
  });
});
