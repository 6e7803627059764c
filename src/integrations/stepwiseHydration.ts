/**
 * `client:stepwise`: an island whose scripts are loaded and run in one task and which hydrates in
 * a later one, after the page's next paint. With `client:load` both happen in one task: on
 * /verslag/ about 95 ms on a phone four times slower than this machine, so a tap or a keystroke
 * in that window waits. Split, each part stays near or under the 50 ms that counts as a long
 * task, and the page is painted before the island takes it over.
 */
import type { AstroIntegration } from 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:stepwise'?: boolean;
  }
}

export function stepwiseHydration(): AstroIntegration {
  return {
    name: 'gesprekswijzer:stepwise-hydration',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'stepwise', entrypoint: './src/integrations/stepwiseDirective.ts' });
      },
    },
  };
}
