import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { searchDocument } from '../../scripts/searchDocument.ts';

// Shaped like a built entity page: a long head, a header and nav, the searchable
// part (nested divs, ignored kicker, weighted heading, headings with ids), then
// the long rest of the page with more divs, sections and headings.
const page = `<!DOCTYPE html><html lang="fr" data-astro-cid-z4jru4n3><head><meta charset="utf-8"><title>Kenya · MSS Haiti Tracker</title>
<style>.a{color:red}</style><script type="application/ld+json">{"@type":"Country","name":"Kenya <div>"}</script></head>
<body><header class="site"><nav><a href="/fr/">Accueil</a><div class="menu"><a href="/fr/recherche/">Rechercher</a></div></nav></header>
<main id="main"><div data-pagefind-body data-pagefind-filter="type:entity" data-astro-cid-x>
<header class="entity"><p class="kicker" data-pagefind-ignore><a href="/fr/entities/">Entités</a> · Pays</p>
<h1 data-pagefind-weight="10">Kenya</h1><p class="description">Pays qui dirige la mission.</p>
<dl class="facts" data-pagefind-ignore><dt>Mentions</dt><dd>42</dd></dl></header>
<div class="prose" lang="en"><h2 id="role">Role</h2><p>Kenya pledged <strong>1,000</strong> police officers.</p><div class="note"><div>Nested</div> text</div></div>
</div>
<section aria-labelledby="events-heading"><h2 id="events-heading">Événements</h2><div class="entry"><p>Police deployed to Port-au-Prince.</p></div></section>
<section><h2 id="articles-heading">Articles</h2><ul><li><a href="/articles/a/">Ruto visits Haiti</a></li></ul></section>
</main><footer><div>Pied de page</div></footer></body></html>`;

describe('searchDocument', () => {
  it('keeps the <html> start tag and the whole data-pagefind-body element, and nothing else', () => {
    const document = searchDocument(page)!;
    expect(
      document.startsWith(
        '<!DOCTYPE html><html lang="fr" data-astro-cid-z4jru4n3><body><div data-pagefind-body',
      ),
    ).toBe(true);
    expect(document.endsWith('text</div></div>\n</div></body></html>')).toBe(true);
    expect(document).toContain('<h1 data-pagefind-weight="10">Kenya</h1>');
    expect(document).toContain('<div>Nested</div>');
    expect(document).not.toContain('Événements');
    expect(document).not.toContain('Rechercher');
    expect(document).not.toContain('Pied de page');
  });

  it('leaves a page whole (undefined) when there is no body element, two of them, or one that never closes', () => {
    expect(
      searchDocument('<html lang="en"><body><main><p>Nothing marked</p></main></body></html>'),
    ).toBeUndefined();
    expect(
      searchDocument(
        '<html><body><div data-pagefind-body>One</div><div data-pagefind-body>Two</div></body></html>',
      ),
    ).toBeUndefined();
    expect(
      searchDocument('<html><body><div data-pagefind-body><div>Cut short</div>'),
    ).toBeUndefined();
  });

  it('finds a body element of any tag, and closes it at its own close tag', () => {
    const article =
      '<html lang="en"><body><article class="article" data-pagefind-body><h1>T</h1><p>Body</p></article><aside><article>Other</article></aside></body></html>';
    expect(searchDocument(article)).toBe(
      '<!DOCTYPE html><html lang="en"><body><article class="article" data-pagefind-body><h1>T</h1><p>Body</p></article></body></html>',
    );
  });

  describe('gives Pagefind the same record as the whole page', () => {
    afterAll(() => pagefind.close());

    /** Indexes one document and returns its fragment (the stored record) and the languages of its files. */
    async function record(content: string): Promise<{ fragment: unknown; files: string[] }> {
      const { index } = await pagefind.createIndex({});
      await index!.addHTMLFile({ url: '/fr/entities/kenya/', content });
      const { files } = await index!.getFiles();
      await index!.deleteIndex();
      const fragment = files.find((file) => file.path.startsWith('fragment/'))!;
      const text = gunzipSync(fragment.content)
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      return {
        fragment: JSON.parse(text),
        files: files
          .map((file) => file.path)
          .filter((path) => /\.pf_(meta|fragment|index|filter)$/.test(path))
          .sort(),
      };
    }

    it('same text, title, filters, headings and language', async () => {
      const whole = await record(page);
      const cut = await record(searchDocument(page)!);
      expect(cut).toEqual(whole);
      expect(whole.fragment).toMatchObject({
        url: '/fr/entities/kenya/',
        meta: { title: 'Kenya' },
        filters: { type: ['entity'] },
      });
      expect(JSON.stringify(whole.fragment)).toContain('Nested');
      expect(whole.files.some((path) => path.includes('fr_'))).toBe(true);
    });
  });
});
