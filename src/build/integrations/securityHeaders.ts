/**
 * Writes `_headers` into the build (for Cloudflare Pages and other hosts that
 * read it) from the one definition in src/lib/security/policy.ts. Netlify
 * reads the same rules from netlify.toml (`npm run headers` writes them) and
 * does not accept the `! Name` lines Cloudflare needs, so a Netlify build
 * (NETLIFY=true) leaves `_headers` out.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deskSettings } from '@/lib/desk/settings.ts';
import { headerRules, headersFile } from '@/lib/security/policy.ts';
import { LANGUAGES } from '@/schemas/fields.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'mss-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        if (process.env.NETLIFY === 'true') return;
        const auth = deskSettings(process.env).backend?.authBaseUrl;
        writeFileSync(
          join(fileURLToPath(dir), '_headers'),
          headersFile(headerRules(base, LANGUAGES, { auth })),
        );
      },
    },
  };
}
