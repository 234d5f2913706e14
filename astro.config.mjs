// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentContract } from './src/build/integrations/contentContract.ts';
import { desk } from './src/build/integrations/desk.ts';
import { editorSchemas } from './src/build/integrations/editorSchemas.ts';
import { securityHeaders } from './src/build/integrations/securityHeaders.ts';
import { astroCsp } from './src/lib/security/policy.ts';
import { LANGUAGES } from './src/schemas/languages.ts';

// SITE_URL (absolute origin) and BASE_PATH (e.g. /mss-tracker/) let the same
// build serve from any static host and sub-path.
const site = process.env.SITE_URL ?? 'https://mss-haiti-tracker.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // Astro's cache (content store, rendered bodies, the incremental build's pages); a test gives its own.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  output: 'static',
  // Stylesheets are files of the site, never inline: the policy (and its header twin) allow styles from the site only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The readers' Content Security Policy, from src/lib/security/policy.ts (the search pages and the desk add theirs).
  security: { csp: astroCsp() },
  // Scripts are files of the site too (Vite would inline a small one), and so are small assets: no data: URLs.
  vite: { build: { assetsInlineLimit: 0 } },
  // Pages whose getStaticPaths gives a cacheKey are rendered again only when it changes (src/view/cacheKey.ts):
  // a build after one edit restores the rest from Astro's cache folder (node_modules/.astro).
  experimental: { incrementalBuild: true },
  // Shiki colours code with inline styles, which the policy refuses; articles' code blocks stay plain.
  markdown: { syntaxHighlight: false },
  // English at the root, French at /fr/, Haitian Creole at /ht/ (src/i18n/). Articles exist once, in their own language.
  // The languages are the content contract's (src/schemas/fields.ts): one list for the schemas, the editions and the sitemap.
  i18n: {
    locales: [...LANGUAGES],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentContract(),
    desk(),
    editorSchemas(),
    securityHeaders(),
    // The sitemap links each page to its other editions (hreflang); 404 pages and the translators' page are left out.
    // The desk (/admin/) is for editors, not readers.
    sitemap({
      filter: (page) => !/\/404\/?$|\/translations\/$|\/admin\/$/.test(page),
      i18n: {
        defaultLocale: 'en',
        locales: Object.fromEntries(LANGUAGES.map((lang) => [lang, lang])),
      },
    }),
  ],
});
