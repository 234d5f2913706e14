import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mentionLinks } from '@/lib/markdown/mentionLinks.ts';
import { buildMentionMatcher } from '@/lib/entities/mentions.ts';

const matcher = buildMentionMatcher([
  { id: 'william-ruto', names: ['William Ruto', 'Ruto', 'President William Ruto'] },
  { id: 'kenya', names: ['Kenya'] },
  { id: 'haiti', names: ['Haiti'] },
]);
const plugin = mentionLinks({
  matcher,
  hrefOf: (id) => `/sub/entities/${id}/`,
  nameOf: (id) => id.toUpperCase(),
  digest: 'x',
});
/** Renders synchronously: the plugin has no async visitors, so no Promise comes back. */
const html = (result: ReturnType<typeof markdownToHtml>): string => {
  if (result instanceof Promise) throw new Error('expected a synchronous render');
  return result.html;
};
const render = (markdown: string): string =>
  html(markdownToHtml(markdown, { mdastPlugins: [plugin] }));

describe('mention links (markdown in, HTML out)', () => {
  it('links the first mention of each entity and leaves later ones plain', () => {
    expect(render('President William Ruto visited Haiti. Ruto met Kenya officers in Haiti.')).toBe(
      '<p><a href="/sub/entities/william-ruto/" title="WILLIAM-RUTO">President William Ruto</a> visited <a href="/sub/entities/haiti/" title="HAITI">Haiti</a>. Ruto met <a href="/sub/entities/kenya/" title="KENYA">Kenya</a> officers in Haiti.</p>\n',
    );
  });

  it('matches whole words only', () => {
    expect(render('Kenyan police from Kenya.')).toBe(
      '<p>Kenyan police from <a href="/sub/entities/kenya/" title="KENYA">Kenya</a>.</p>\n',
    );
  });

  it('never links inside links, code or headings, and links the next mention instead', () => {
    const html = render(
      '## Kenya\n\nSee [Kenya](https://example.org), `Kenya` and then Kenya.\n\n```\nKenya\n```',
    );
    expect(html).toContain('<h2>Kenya</h2>');
    expect(html).toContain('<a href="https://example.org">Kenya</a>');
    expect(html).toContain('<code>Kenya</code>');
    expect(html).toContain('and then <a href="/sub/entities/kenya/" title="KENYA">Kenya</a>.');
    expect(html.match(/entities\/kenya/g)).toHaveLength(1);
  });

  it('links across emphasis: the first mention may sit inside it', () => {
    expect(render('*Ruto* spoke; Ruto left.')).toBe(
      '<p><em><a href="/sub/entities/william-ruto/" title="WILLIAM-RUTO">Ruto</a></em> spoke; Ruto left.</p>\n',
    );
  });

  it('starts afresh for every document', () => {
    render('Kenya.');
    expect(render('Kenya.')).toContain('entities/kenya/');
  });

  it("does not link an entity's own page to itself", () => {
    const own = html(
      markdownToHtml('Kenya borders nothing; Haiti is far.', {
        mdastPlugins: [plugin],
        fileURL: new URL('file:///site/content/entities/kenya.md'),
      }),
    );
    expect(own).not.toContain('entities/kenya/');
    expect(own).toContain('entities/haiti/');
  });

  it('leaves bare URLs alone', () => {
    expect(render('Read www.example.org/Kenya today')).not.toContain('entities/kenya');
  });
});

describe('mention links with the mentions already known', () => {
  it('skips the scan of the whole source and stops once every known entity is linked', () => {
    const scan = { count: 0 };
    const counting = {
      ...matcher,
      find: (...args: Parameters<typeof matcher.find>) => (scan.count++, matcher.find(...args)),
    };
    const known = mentionLinks({
      matcher: counting,
      hrefOf: (id) => `/e/${id}/`,
      nameOf: (id) => id,
      digest: 'x',
      mentioned: () => new Set(['william-ruto', 'kenya']),
    });
    const out = html(
      markdownToHtml('Ruto visited Kenya.\n\nKenya again, and Ruto.', { mdastPlugins: [known] }),
    );
    expect(out).toBe(
      '<p><a href="/e/william-ruto/" title="william-ruto">Ruto</a> visited <a href="/e/kenya/" title="kenya">Kenya</a>.</p>\n<p>Kenya again, and Ruto.</p>\n',
    );
    // One scan, of the first paragraph: none of the whole source, none of the second paragraph.
    expect(scan.count).toBe(1);
  });
});
