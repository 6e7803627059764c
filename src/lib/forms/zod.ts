/**
 * Zod as the site's browser code uses it: the small `zod/mini` build (a few KB instead of
 * ~25 KB gz for classic zod), jitless so that it never probes `new Function` (the site's
 * Content-Security-Policy forbids eval). Import `z` from here, not from 'zod/mini' directly.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };

