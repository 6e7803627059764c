/**
 * Zod as this app uses it; import this module (for its side effect) wherever zod is used.
 * - Dutch messages: every validation message here is for Dutch readers.
 * - jitless: zod otherwise probes `Function('')` to compile fast parsers, which the
 *   site's Content-Security-Policy (no 'unsafe-eval') rightly blocks and reports.
 */
import { z } from 'astro/zod';

z.config({ ...z.locales.nl(), jitless: true });
