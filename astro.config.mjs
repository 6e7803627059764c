// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// The public address of the site. Set SITE_URL when deploying elsewhere;
// it is used for canonical links, Open Graph URLs and the sitemap.
const site = process.env.SITE_URL ?? 'https://gesprekswijzer.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [mdx(), preact(), sitemap()],
  security: { csp: true },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
