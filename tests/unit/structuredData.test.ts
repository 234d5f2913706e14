import { describe, expect, it } from 'vitest';
import {
  articleJsonLd,
  entityJsonLd,
  jsonLdText,
  siteDatasetJsonLd,
} from '@/lib/data/structuredData.ts';

const site = { name: 'MSS Haiti Tracker', url: 'https://x.org/' };

describe('structured data', () => {
  it('describes an article as a NewsArticle with its source, publisher and author when known', () => {
    const data = articleJsonLd(
      {
        title: 'Ruto roots for UN Support Office',
        published: '2025-08-20',
        outlet: 'Capital News',
        author: 'A. Writer',
        url: 'https://news.example/story',
        summary: 'S',
        inferred: ['published'],
      },
      {
        url: 'https://x.org/articles/a/',
        site,
        about: [{ name: 'Kenya', url: 'https://x.org/entities/kenya/' }],
      },
    );
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Ruto roots for UN Support Office',
      datePublished: '2025-08-20',
      author: { '@type': 'Person', name: 'A. Writer' },
      publisher: { '@type': 'Organization', name: 'Capital News' },
      isBasedOn: 'https://news.example/story',
      about: [{ name: 'Kenya' }],
    });
  });

  it('names the tracker as publisher when the source names no outlet, and leaves out unknown authors and sources', () => {
    const data = articleJsonLd(
      { title: 'T', published: '2024-09-23', summary: 'S', inferred: [] },
      { url: 'https://x.org/articles/t/', site, about: [] },
    ) as unknown as Record<string, unknown>;
    expect(data.publisher).toEqual({
      '@type': 'Organization',
      name: 'MSS Haiti Tracker',
      url: 'https://x.org/',
    });
    expect(data).not.toHaveProperty('author');
    expect(data).not.toHaveProperty('isBasedOn');
  });

  it.each([
    ['person', 'Person'],
    ['organization', 'Organization'],
    ['country', 'Country'],
    ['place', 'Place'],
    ['mission', 'Organization'],
  ] as const)('types a %s entity as %s, the same as Wikidata', (kind, type) => {
    expect(
      entityJsonLd(
        { name: 'N', kind, aliases: ['M'], wikidata: 'Q114' },
        'https://x.org/entities/n/',
      ),
    ).toMatchObject({
      '@type': type,
      name: 'N',
      alternateName: ['M'],
      sameAs: 'https://www.wikidata.org/wiki/Q114',
    });
  });

  it('describes a data page as a Dataset with every file as a distribution', () => {
    const data = siteDatasetJsonLd(
      ['deployments'],
      { name: 'Personnel', description: 'D', path: 'deployments/' },
      {
        name: 'MSS Haiti Tracker',
        absolute: (path) => `https://x.org/${path}`,
        lastUpdated: '2025-08-20',
      },
    ) as unknown as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'Dataset',
      url: 'https://x.org/deployments/',
      dateModified: '2025-08-20',
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(data.distribution).toEqual([
      {
        '@type': 'DataDownload',
        name: 'deployments.csv',
        encodingFormat: 'text/csv',
        contentUrl: 'https://x.org/data/deployments.csv',
      },
      {
        '@type': 'DataDownload',
        name: 'deployments.json',
        encodingFormat: 'application/json',
        contentUrl: 'https://x.org/data/deployments.json',
      },
    ]);
  });

  it('writes JSON that cannot close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
