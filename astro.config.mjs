// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentContract } from './src/integrations/contentContract.ts';

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
  integrations: [contentContract(), sitemap({ filter: (page) => !page.includes('/404') })],
});
