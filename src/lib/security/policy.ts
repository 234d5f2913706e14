/**
 * The site's security policy, defined once: the Content Security Policy every
 * page carries in a `<meta>` element (through Astro's `security.csp`,
 * astro.config.mjs), the same policy as a header with what a meta policy
 * cannot say (`frame-ancestors`), and the other security headers, for hosts
 * that read `_headers` (Cloudflare Pages and others, written into the build)
 * or `netlify.toml` (its headers section is generated: `npm run headers`).
 *
 * Reader pages run no script but the search page's (Pagefind, which needs
 * WebAssembly), load nothing from other origins and are never framed. The
 * desk (/admin/) runs Decap CMS, which styles itself with inline styles and
 * talks to GitHub's API and the sign-in service.
 */

import type { AstroGlobal, AstroUserConfig } from 'astro';

/** A policy: directive name → sources, in the order they are written. */
export type Policy = ReadonlyArray<readonly [directive: string, sources: readonly string[]]>;

/** What every reader page may load: its own files, nothing else. */
export const READER_POLICY: Policy = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'"]],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

/** Directives a `<meta>` policy cannot carry (browsers ignore them there): headers only. */
export const HEADER_ONLY_POLICY: Policy = [['frame-ancestors', ["'none'"]]];

/** What the search pages add: Pagefind compiles its WebAssembly index reader, and its stylesheet draws icons as data: images. */
export const SEARCH_ADDITIONS: Policy = [
  ['script-src', ["'wasm-unsafe-eval'"]],
  ['img-src', ['data:']],
];

/** Where the desk signs in and writes: GitHub's API, and the OAuth service when it is not GitHub's or Netlify's. */
export interface DeskOrigins {
  /** The sign-in service's origin (DESK_AUTH_URL), if any. */
  readonly auth?: string;
  /** The local proxy of `npm run edit` (dev only). */
  readonly proxy?: string;
}

/** What the desk adds to the reader policy: Decap's inline styles, GitHub's API and avatars, the sign-in service. */
export function deskAdditions(origins: DeskOrigins = {}): Policy {
  const connect = [
    'https://api.github.com',
    ...(origins.auth ? [new URL(origins.auth).origin] : []),
    ...(origins.proxy ? [new URL(origins.proxy).origin] : []),
  ];
  return [
    // Decap checks its configuration with ajv, which compiles each schema into a function.
    ['script-src', ["'unsafe-eval'"]],
    // Decap (emotion) writes its styles into <style> elements at run time.
    ['style-src', ["'unsafe-inline'"]],
    ['connect-src', connect],
    // Editors' avatars; previews of pasted images.
    ['img-src', ['https://avatars.githubusercontent.com', 'data:', 'blob:']],
  ];
}

/** A policy with others' sources added to its directives (new directives at the end). */
export function extend(policy: Policy, ...additions: Policy[]): Policy {
  const merged = new Map(policy.map(([name, sources]) => [name, [...sources]]));
  for (const [name, sources] of additions.flat()) {
    const current = merged.get(name) ?? [];
    merged.set(name, [...current, ...sources.filter((source) => !current.includes(source))]);
  }
  return [...merged];
}

/** A policy as a header or meta value: `default-src 'self'; script-src 'self'`. */
export function policyText(policy: Policy): string {
  return policy.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Reads a policy's text back (for tests that compare a page's meta policy with the headers). */
export function parsePolicy(text: string): Policy {
  return text
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0])
    .map(([name, ...sources]) => [name!, sources] as const);
}

/** The security headers every response carries besides its policy. */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), interest-cohort=()',
  ],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Long-lived caching of fingerprinted files (paths under the base). */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** One header rule: a path pattern and its headers; `replaces` lists headers an earlier rule set that this one replaces. */
export interface HeaderRule {
  readonly path: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly replaces?: readonly string[];
}

/** The header rules of the site served under `base`, in the order hosts apply them. */
export function headerRules(
  base: string,
  languages: readonly string[],
  desk: DeskOrigins = {},
): HeaderRule[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const csp = (policy: Policy): readonly [string, string] => [
    'Content-Security-Policy',
    policyText(extend(policy, HEADER_ONLY_POLICY)),
  ];
  const searchPaths = languages.map((lang) => `${root}${lang === 'en' ? '' : `${lang}/`}search/*`);
  return [
    { path: `${root}*`, headers: [csp(READER_POLICY), ...SECURITY_HEADERS] },
    ...searchPaths.map((path) => ({
      path,
      headers: [csp(extend(READER_POLICY, SEARCH_ADDITIONS))],
      replaces: ['Content-Security-Policy'],
    })),
    {
      path: `${root}admin/*`,
      headers: [
        csp(extend(READER_POLICY, deskAdditions(desk))),
        ['X-Robots-Tag', 'noindex'] as const,
      ],
      replaces: ['Content-Security-Policy'],
    },
    { path: `${root}_astro/*`, headers: [['Cache-Control', IMMUTABLE]] },
    { path: `${root}pagefind/fragment/*`, headers: [['Cache-Control', IMMUTABLE]] },
  ];
}

/**
 * `_headers` for hosts that read it. Cloudflare Pages joins the values of a header set by several
 * matching rules, so a rule that replaces a header detaches the earlier one first (`! Name`).
 */
export function headersFile(rules: readonly HeaderRule[]): string {
  const lines = [
    '# Generated by the build from src/lib/security/policy.ts: edit that file, not this one.',
  ];
  for (const rule of rules) {
    lines.push(
      rule.path,
      ...(rule.replaces ?? []).map((name) => `  ! ${name}`),
      ...rule.headers.map(([name, value]) => `  ${name}: ${value}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The `[[headers]]` tables of netlify.toml. Netlify lets a later matching rule's header replace an earlier one's. */
export function netlifyHeaders(rules: readonly HeaderRule[]): string {
  const quote = (text: string): string => JSON.stringify(text);
  return rules
    .map((rule) =>
      [
        `[[headers]]`,
        `  for = ${quote(rule.path)}`,
        `  [headers.values]`,
        ...rule.headers.map(([name, value]) => `    ${name} = ${quote(value)}`),
      ].join('\n'),
    )
    .join('\n\n');
}

/** Astro's `security.csp` setting. */
type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The readers' policy as Astro's `security.csp` (astro.config.mjs): Astro adds the hashes of what it inlines. */
export function astroCsp(policy: Policy = READER_POLICY): AstroCsp {
  const sourcesOf = (name: string): string[] => [
    ...(policy.find(([directive]) => directive === name)?.[1] ?? []),
  ];
  return {
    directives: policy
      .filter(([name]) => name !== 'script-src' && name !== 'style-src')
      .map(([name, sources]) => `${name} ${sources.join(' ')}`) as NonNullable<
      AstroCsp['directives']
    >,
    scriptDirective: { resources: sourcesOf('script-src') },
    styleDirective: { resources: sourcesOf('style-src') },
  };
}

/** A page's `Astro.csp`. */
type PageCsp = NonNullable<AstroGlobal['csp']>;

/** Adds a page's own sources to the policy Astro writes into it (the search pages, the desk). */
export function addToPage(csp: PageCsp | undefined, additions: Policy): void {
  for (const [directive, sources] of additions) {
    if (directive === 'script-src') for (const source of sources) csp?.insertScriptResource(source);
    else if (directive === 'style-src')
      for (const source of sources) csp?.insertStyleResource(source);
    else
      csp?.insertDirective(
        `${directive} ${sources.join(' ')}` as Parameters<PageCsp['insertDirective']>[0],
      );
  }
}
