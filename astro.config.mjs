// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentContract } from './src/integrations/contentContract.ts';
import { desk } from './src/integrations/desk.ts';

// SITE_URL (absolute origin) and BASE_PATH (e.g. /mss-tracker/) let the same
// build serve from any static host and sub-path.
const site = process.env.SITE_URL ?? 'https://mss-haiti-tracker.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  // English at the root, French at /fr/, Haitian Creole at /ht/ (src/i18n/). Articles exist once, in their own language.
  i18n: { locales: ['en', 'fr', 'ht'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  integrations: [
    contentContract(),
    desk(),
    // The sitemap links each page to its other editions (hreflang); 404 pages and the translators' page are left out.
    // The desk (/admin/) is for editors, not readers.
    sitemap({ filter: (page) => !/\/404\/?$|\/translations\/$|\/admin\/$/.test(page), i18n: { defaultLocale: 'en', locales: { en: 'en', fr: 'fr', ht: 'ht' } } }),
  ],
});
