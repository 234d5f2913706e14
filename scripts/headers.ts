/**
 * `npm run headers`: writes the security and caching headers into
 * netlify.toml, between its "generated headers" markers, from
 * src/lib/security/policy.ts (the build writes the same rules into `_headers`
 * for other hosts). `-- --check` fails when netlify.toml differs, as the unit
 * tests do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { headerRules, netlifyHeaders } from '@/lib/security/policy.ts';
import { LANGUAGES } from '@/schemas/fields.ts';

export const BEGIN = '# BEGIN generated headers (npm run headers, from src/lib/security/policy.ts)';
export const END = '# END generated headers';

/** netlify.toml with its generated section made from the policy (Netlify serves the site at the root). */
export function withGeneratedHeaders(toml: string): string {
  const section = `${BEGIN}\n${netlifyHeaders(headerRules('/', LANGUAGES, { auth: process.env.DESK_AUTH_URL || undefined }))}\n${END}`;
  const start = toml.indexOf(BEGIN);
  const end = toml.indexOf(END);
  if (start === -1 || end === -1) return `${toml.trimEnd()}\n\n${section}\n`;
  return `${toml.slice(0, start)}${section}${toml.slice(end + END.length)}`;
}

if (import.meta.main) {
  const toml = readFileSync('netlify.toml', 'utf8');
  const next = withGeneratedHeaders(toml);
  if (process.argv.includes('--check')) {
    if (next !== toml) {
      console.error(
        'netlify.toml: its headers differ from src/lib/security/policy.ts; run npm run headers',
      );
      process.exit(1);
    }
    console.log('netlify.toml: headers match src/lib/security/policy.ts');
  } else {
    writeFileSync('netlify.toml', next);
    console.log('netlify.toml: headers written from src/lib/security/policy.ts');
  }
}
