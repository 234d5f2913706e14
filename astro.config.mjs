// @ts-check
import { defineConfig } from 'astro/config';
import { contentContract } from './src/integrations/contentContract.ts';

// SITE_URL and BASE_PATH let the same build serve from any static host and sub-path.
const site = process.env.SITE_URL ?? 'https://mss-haiti-tracker.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [contentContract()],
});
