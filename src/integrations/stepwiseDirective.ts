/**
 * The browser side of `client:stepwise` (see stepwiseHydration.ts): load the island's scripts,
 * let the browser paint, then hydrate in a task of its own. A background tab may never run
 * requestAnimationFrame, so a timer stands in after 100 ms.
 */
import type { ClientDirective } from 'astro';

const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    let started = false;
    const next = () => {
      if (started) return;
      started = true;
      setTimeout(resolve, 0);
    };
    requestAnimationFrame(next);
    setTimeout(next, 100);
  });

const stepwise: ClientDirective = async (load) => {
  const hydrate = await load();
  await afterNextPaint();
  await hydrate();
};

export default stepwise;
