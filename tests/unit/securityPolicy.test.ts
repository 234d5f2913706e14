import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { withGeneratedHeaders } from '../../scripts/headers.ts';
import {
  extend,
  headerRules,
  headersFile,
  HEADER_ONLY_POLICY,
  netlifyHeaders,
  parsePolicy,
  policyText,
  READER_POLICY,
  SECURITY_HEADERS,
} from '@/lib/security/policy.ts';
import { LANGUAGES } from '@/schemas/fields.ts';

/** `_headers` read back: path → header → value ("! Name" lines drop a header set by an earlier rule). */
function readHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.set(line, (current = new Map()));
    else if (!line.trim().startsWith('!')) {
      const [name, ...value] = line.trim().split(': ');
      current!.set(name!, value.join(': '));
    }
  }
  return rules;
}

/** netlify.toml's [[headers]] tables read back the same way. */
function readNetlifyToml(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  for (const table of text.split('[[headers]]').slice(1)) {
    const path = JSON.parse(/for = (".*")/.exec(table)![1]!) as string;
    rules.set(
      path,
      new Map(
        [...table.matchAll(/^ {4}([\w-]+) = (".*")$/gm)].map(([, name, value]) => [
          name!,
          JSON.parse(value!) as string,
        ]),
      ),
    );
  }
  return rules;
}

describe('the security policy, defined once', () => {
  const rules = headerRules('/', LANGUAGES);

  it('netlify.toml carries the generated headers (npm run headers)', () => {
    const toml = readFileSync('netlify.toml', 'utf8');
    expect(withGeneratedHeaders(toml)).toBe(toml);
  });

  it('_headers and netlify.toml say the same thing for every path', () => {
    expect(readNetlifyToml(netlifyHeaders(rules))).toEqual(readHeadersFile(headersFile(rules)));
    expect(readNetlifyToml(readFileSync('netlify.toml', 'utf8'))).toEqual(
      readHeadersFile(headersFile(rules)),
    );
  });

  it('the meta policy Astro writes is the header policy less frame-ancestors, which only a header can carry', () => {
    const csp = (
      config.security as {
        csp: {
          directives: string[];
          scriptDirective: { resources: string[] };
          styleDirective: { resources: string[] };
        };
      }
    ).csp;
    const meta = [
      ...csp.directives.map((directive) => parsePolicy(directive)[0]!),
      ['script-src', csp.scriptDirective.resources] as const,
      ['style-src', csp.styleDirective.resources] as const,
    ];
    const header = parsePolicy(
      readHeadersFile(headersFile(rules)).get('/*')!.get('Content-Security-Policy')!,
    );
    const sorted = (policy: readonly (readonly [string, readonly string[]])[]) =>
      Object.fromEntries([...policy].sort(([a], [b]) => a.localeCompare(b)));
    expect(sorted(meta)).toEqual(sorted(header.filter(([name]) => name !== 'frame-ancestors')));
    expect(header).toContainEqual(['frame-ancestors', ["'none'"]]);
  });

  it('is strict: no unsafe-inline or unsafe-eval for reader pages, nothing from other origins, never framed', () => {
    const reader = policyText(extend(READER_POLICY, HEADER_ONLY_POLICY));
    expect(reader).not.toMatch(/unsafe-inline|unsafe-eval|https?:|data:|\*/);
    expect(reader).toContain("object-src 'none'");
    expect(reader).toContain("base-uri 'self'");
    expect(reader).toContain("form-action 'self'");
    expect(reader).toContain("frame-ancestors 'none'");
    expect(Object.fromEntries(SECURITY_HEADERS)).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });

  it('gives the search pages WebAssembly, the desk GitHub, and a sub-path site its own paths', () => {
    const file = readHeadersFile(
      headersFile(headerRules('/sub/', LANGUAGES, { auth: 'https://auth.example.org/path' })),
    );
    expect([...file.keys()]).toEqual([
      '/sub/*',
      '/sub/search/*',
      '/sub/fr/search/*',
      '/sub/ht/search/*',
      '/sub/admin/*',
      '/sub/_astro/*',
      '/sub/pagefind/fragment/*',
    ]);
    expect(file.get('/sub/fr/search/*')?.get('Content-Security-Policy')).toContain(
      "script-src 'self' 'wasm-unsafe-eval'",
    );
    expect(file.get('/sub/admin/*')?.get('Content-Security-Policy')).toContain(
      "connect-src 'self' https://api.github.com https://auth.example.org;",
    );
    expect(file.get('/sub/admin/*')?.get('X-Robots-Tag')).toBe('noindex');
    // Cloudflare Pages joins a header set by several rules: the search and desk rules detach the site-wide policy first.
    expect(headersFile(headerRules('/', LANGUAGES))).toMatch(
      /\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: /,
    );
  });
});
