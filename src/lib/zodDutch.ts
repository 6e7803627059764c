/** Zod speaks Dutch: every validation message in this app is for Dutch readers. */
import { z } from 'astro/zod';

z.config(z.locales.nl());
