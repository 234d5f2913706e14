/**
 * Every internal URL goes through one helper so the site works under any base
 * path (`/` or `/mss-tracker/`) on any static host.
 */

/** Returns a function that prefixes site paths with `base` ("/sub/"). */
export function makeHref(base: string): (path?: string) => string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return (path = '') => {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path) || path.startsWith('#')) return path;
    return `${prefix}${path.replace(/^\/+/, '')}`;
  };
}

/** An absolute URL for feeds and canonical links: origin + base + path. */
export function absoluteUrl(site: string, href: string): string {
  return new URL(href, site).toString();
}
