import { expect, type APIRequestContext } from '@playwright/test';

/** A link that did not resolve: where it was found and what it pointed at. */
export interface BrokenLink {
  from: string;
  to: string;
  problem: string;
}

const ATTRIBUTE = /\s(?:href|src|action)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/**
 * Visits every page reachable from `start` inside `prefix` (a site's base URL)
 * and checks each internal href/src: the target answers 200, stays under the
 * base path, and a #fragment names an element on the target page.
 */
export async function crawl(
  request: APIRequestContext,
  origin: string,
  prefix: string,
): Promise<{ pages: string[]; links: number; broken: BrokenLink[] }> {
  const queue = [`${origin}${prefix}`];
  const seen = new Map<string, { status: number; ids: Set<string>; html: boolean }>();
  const fragments: { from: string; url: string; id: string }[] = [];
  const broken: BrokenLink[] = [];
  let links = 0;

  const fetchPage = async (url: string) => {
    const known = seen.get(url);
    if (known) return known;
    const response = await request.get(url, { maxRedirects: 0 });
    const type = response.headers()['content-type'] ?? '';
    const html = type.includes('text/html');
    const body = html ? await response.text() : '';
    const entry = {
      status: response.status(),
      ids: new Set([...body.matchAll(ID)].map((match) => match[1]!)),
      html,
    };
    seen.set(url, entry);
    if (html && entry.status === 200) {
      for (const [, raw] of body.matchAll(ATTRIBUTE)) {
        const value = raw!.replace(/&amp;/g, '&');
        if (/^(mailto:|https?:\/\/(?!127\.0\.0\.1))/.test(value) || value === '') continue;
        links++;
        const target = new URL(value, url);
        if (target.origin !== origin) continue;
        if (!target.pathname.startsWith(prefix)) {
          broken.push({ from: url, to: value, problem: `outside the base path ${prefix}` });
          continue;
        }
        const page = `${target.origin}${target.pathname}${target.search}`;
        if (target.hash.length > 1)
          fragments.push({ from: url, url: page, id: decodeURIComponent(target.hash.slice(1)) });
        if (!seen.has(page)) queue.push(page);
      }
    }
    return entry;
  };

  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const entry = await fetchPage(url);
    if (entry.status !== 200)
      broken.push({ from: '(link)', to: url, problem: `status ${entry.status}` });
  }
  for (const fragment of fragments) {
    const target = await fetchPage(fragment.url);
    if (target.html && !target.ids.has(fragment.id))
      broken.push({
        from: fragment.from,
        to: `${fragment.url}#${fragment.id}`,
        problem: 'no element with that id',
      });
  }
  return {
    pages: [...seen].filter(([, entry]) => entry.html && entry.status === 200).map(([url]) => url),
    links,
    broken,
  };
}

/**
 * Crawls and asserts that nothing is broken and that the crawl reached every
 * page the sitemap lists (so no page is an orphan and the crawl really covered the site).
 */
export async function expectNoBrokenLinks(
  request: APIRequestContext,
  origin: string,
  prefix: string,
): Promise<void> {
  const result = await crawl(request, origin, prefix);
  expect(result.broken).toEqual([]);
  const sitemap = await (await request.get(`${origin}${prefix}sitemap-0.xml`)).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => `${origin}${new URL(match[1]!).pathname}`,
  );
  expect(listed.length).toBeGreaterThan(50);
  expect(listed.filter((url) => !result.pages.includes(url))).toEqual([]);
}
