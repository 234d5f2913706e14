import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES } from '@/i18n/index.ts';
import { makeFormatter } from '@/i18n/format.ts';
import { eventTitle, localize } from '@/lib/languages/translations.ts';
import { missingKeys, untranslatedContent } from '@/lib/languages/translationStatus.ts';

const nbsp = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('dates and numbers in each language', () => {
  it('writes dates at every precision through date-fns locales, Creole included', () => {
    const { en, fr, ht } = CATALOGUES;
    expect(['2021', '2023-07', '2024-09-21'].map(en.format.partialDate)).toEqual([
      '2021',
      'July 2023',
      '21 September 2024',
    ]);
    expect(['2021', '2023-07', '2024-09-21', '2024-10-01'].map(fr.format.partialDate)).toEqual([
      '2021',
      'juillet 2023',
      '21 septembre 2024',
      '1er octobre 2024',
    ]);
    expect(['2021', '2023-07', '2024-09-21'].map(ht.format.partialDate)).toEqual([
      '2021',
      'jiyè 2023',
      '21 septanm 2024',
    ]);
    const months = Array.from({ length: 12 }, (_, i) =>
      ht.format.partialDate(`2024-${String(i + 1).padStart(2, '0')}`).replace(' 2024', ''),
    );
    expect(months).toEqual([
      'janvye',
      'fevrye',
      'mas',
      'avril',
      'me',
      'jen',
      'jiyè',
      'out',
      'septanm',
      'oktòb',
      'novanm',
      'desanm',
    ]);
  });

  it('says "as of" with the preposition the precision takes', () => {
    expect(['2024', '2024-06', '2024-06-25'].map(CATALOGUES.en.format.asOf)).toEqual([
      'as of 2024',
      'as of June 2024',
      'as of 25 June 2024',
    ]);
    expect(['2024', '2024-06', '2024-06-25'].map(CATALOGUES.fr.format.asOf)).toEqual([
      'en 2024',
      'en juin 2024',
      'au 25 juin 2024',
    ]);
    expect(['2024', '2024-06', '2024-06-25'].map(CATALOGUES.ht.format.asOf)).toEqual([
      'an 2024',
      'nan jen 2024',
      'nan 25 jen 2024',
    ]);
    // A figure whose date is when it was reported (content contract, date_basis: reported).
    expect(['2024', '2024-09', '2024-09-23'].map(CATALOGUES.en.format.reportedBy)).toEqual([
      'reported by 2024',
      'reported by September 2024',
      'reported by 23 September 2024',
    ]);
    expect(['2024-09', '2024-09-23'].map(CATALOGUES.fr.format.reportedBy)).toEqual([
      'rapporté en septembre 2024',
      'rapporté le 23 septembre 2024',
    ]);
    expect(['2024-09'].map(CATALOGUES.ht.format.reportedBy)).toEqual(['rapòte nan septanm 2024']);
  });

  it('writes axis ticks in the language: the year in January, else the short month', () => {
    expect(CATALOGUES.fr.format.tick(new Date(Date.UTC(2023, 6, 1)))).toBe('juil. 2023');
    expect(CATALOGUES.ht.format.tick(new Date(Date.UTC(2024, 0, 1)))).toBe('2024');
  });

  it('writes numbers, money and shares as each language does (French usage for Creole)', () => {
    expect(CATALOGUES.en.format.count(2500)).toBe('2,500');
    expect(nbsp(CATALOGUES.fr.format.count(2500))).toBe('2 500');
    expect(nbsp(CATALOGUES.ht.format.count(24, true))).toBe('anviwon 24');
    expect(nbsp(CATALOGUES.fr.format.money(85_300_000, 'USD'))).toBe('85 300 000 USD');
    expect(nbsp(CATALOGUES.ht.format.share(0.33))).toBe('33 %');
    expect(makeFormatter('en', (n) => `~${n}`).count(5, true)).toBe('~5');
  });
});

describe('the catalogues', () => {
  it('every language has every key of the English catalogue, each of the same kind', () => {
    for (const lang of LANGUAGES)
      expect(missingKeys(CATALOGUES.en, CATALOGUES[lang]), lang).toEqual([]);
  });

  it('reports a missing key and a key of the wrong kind by its path', () => {
    expect(
      missingKeys({ nav: { a: 'A', b: 'B' }, f: () => '' }, { nav: { a: 'A' }, f: 'text' }),
    ).toEqual(['nav.b', 'f']);
  });

  it('writes no status word or month of another language into Creole', () => {
    const { ht } = CATALOGUES;
    const words = [
      ...Object.values(ht.deploymentStatus),
      ...Object.values(ht.fundingStatus),
      ...Object.values(ht.eventKinds),
    ].join(' ');
    expect(words).not.toMatch(
      /\b(Pledged|Announced|Deployed|Withdrawn|Disbursed|Visit|Statement)\b/,
    );
  });

  it('punctuates as each language does: French puts a no-break space before a colon', () => {
    expect([1, 3].map((count) => CATALOGUES.en.timeline.sources(count))).toEqual([
      'Source:',
      '3 sources:',
    ]);
    expect([1, 3].map((count) => CATALOGUES.fr.timeline.sources(count))).toEqual([
      'Source\u00a0:',
      '3 sources\u00a0:',
    ]);
    expect([1, 3].map((count) => CATALOGUES.ht.timeline.sources(count))).toEqual([
      'Sous:',
      '3 sous:',
    ]);
    // Every French text and template, written with ordinary spaces, is shown with no-break ones.
    expect(CATALOGUES.fr.timeline.yearHeading('2024')).toBe('Chronologie\u00a0: 2024');
    expect(CATALOGUES.fr.bars.pledgedTitle('USD 1M', 'Washington a promis')).toBe(
      'Promis\u00a0: USD 1M. «\u00a0Washington a promis\u00a0»',
    );
  });

  it("labels and quotes in code outside the catalogues with each language's punctuation", () => {
    expect(LANGUAGES.map((lang) => CATALOGUES[lang].format.labelled('Kenya', '400'))).toEqual([
      'Kenya: 400',
      'Kenya\u00a0: 400',
      'Kenya: 400',
    ]);
    expect(LANGUAGES.map((lang) => CATALOGUES[lang].format.quoted('400 officers'))).toEqual([
      '“400 officers”',
      '«\u00a0400 officers\u00a0»',
      '«\u00a0400 officers\u00a0»',
    ]);
  });
});

describe("content in the reader's language", () => {
  const translations = { fr: { title: 'Ruto en visite surprise en Haïti' } };

  it('shows the translation when there is one, else the original marked with its language', () => {
    expect(localize('Ruto makes surprise visit', 'en', translations, 'title', 'fr')).toEqual({
      text: 'Ruto en visite surprise en Haïti',
      lang: 'fr',
      untranslated: false,
    });
    expect(localize('Ruto makes surprise visit', 'en', translations, 'title', 'ht')).toEqual({
      text: 'Ruto makes surprise visit',
      lang: 'en',
      untranslated: true,
    });
    expect(localize('Ruto makes surprise visit', 'en', translations, 'title', 'en')).toEqual({
      text: 'Ruto makes surprise visit',
      lang: 'en',
      untranslated: false,
    });
    expect(
      localize('Polis kenyan', 'ht', { en: { title: '  ' } }, 'title', 'en').untranslated,
    ).toBe(true);
  });

  it('gives a merged event its title in each language its sources give', () => {
    const event = {
      title: 'Police arrive',
      lang: 'en',
      titles: { en: 'Police arrive', ht: 'Polis yo rive' },
    };
    expect(eventTitle(event, 'ht')).toEqual({
      text: 'Polis yo rive',
      lang: 'ht',
      untranslated: false,
    });
    expect(eventTitle(event, 'fr')).toEqual({
      text: 'Police arrive',
      lang: 'en',
      untranslated: true,
    });
  });

  it('lists what each language still lacks, per file', () => {
    const articles = [
      {
        slug: 'a',
        file: 'content/articles/a.md',
        data: {
          lang: 'en',
          title: 'A',
          summary: 'S',
          translations: { fr: { title: 'A fr' } },
          events: [{ title: 'E', translations: { ht: { title: 'E ht' } } }],
        },
      },
      {
        slug: 'b',
        file: 'content/articles/b.md',
        data: { lang: 'ht', title: 'B ht', translations: {}, events: [] },
      },
    ];
    const entities = [
      {
        id: 'kenya',
        file: 'content/entities/kenya.md',
        data: {
          name: 'Kenya',
          description: 'Lead nation',
          translations: { fr: { description: 'Pays chef de file' } },
        },
      },
    ];
    expect(
      untranslatedContent('fr', articles, entities).map((item) => `${item.kind}:${item.id}`),
    ).toEqual(['article summary:a', 'event title:a', 'article title:b']);
    expect(
      untranslatedContent('ht', articles, entities).map((item) => `${item.kind}:${item.id}`),
    ).toEqual(['article title:a', 'article summary:a', 'entity description:kenya']);
    expect(
      untranslatedContent('en', articles, entities).map((item) => `${item.kind}:${item.id}`),
    ).toEqual(['article title:b']);
  });
});

describe('French typography of content', () => {
  it('puts no-break spaces before : ; ? ! » and between thousands in French translations, never in English', async () => {
    const { localize, eventTitle } = await import('@/lib/languages/translations.ts');
    const fr = localize(
      'English',
      'en',
      { fr: { title: 'Plus de 3 600 morts ; l’ONU s’alarme : « assez »' } },
      'title',
      'fr',
    );
    expect(fr.text).toBe(
      'Plus de 3\u202f600 morts\u00a0; l’ONU s’alarme\u00a0: «\u00a0assez\u00a0»',
    );
    expect(localize('Over 3 600 dead; UN: enough', 'en', {}, 'title', 'en').text).toBe(
      'Over 3 600 dead; UN: enough',
    );
    expect(
      eventTitle({ title: 'x', lang: 'en', titles: { fr: 'Ruto promet 1 000 agents' } }, 'fr').text,
    ).toBe('Ruto promet 1\u202f000 agents');
  });
});

describe('words a French and Creole reader expects', () => {
  it('says jusqu’au for a day and jusqu’en for a month or a year; the 1st of a month is 1er / 1ye', async () => {
    const { CATALOGUES } = await import('@/i18n/index.ts');
    const fr = CATALOGUES.fr;
    expect(fr.figureItems.until(fr.format.partialDate('2025-10-02'))).toBe(
      'jusqu’au 2 octobre 2025',
    );
    expect(fr.figureItems.until(fr.format.partialDate('2025-10'))).toBe('jusqu’en octobre 2025');
    expect(fr.figureItems.until(fr.format.partialDate('2026'))).toBe('jusqu’en 2026');
    expect(CATALOGUES.ht.format.partialDate('2024-09-01')).toBe('1ye septanm 2024');
    expect(CATALOGUES.fr.format.partialDate('2024-09-01')).toBe('1er septembre 2024');
  });

  it('calls the site’s editors la rédaction, and a flow without a recipient reads whole in Creole', async () => {
    const { CATALOGUES } = await import('@/i18n/index.ts');
    expect(CATALOGUES.fr.inference.label).toBe('Déduit par la rédaction');
    expect(CATALOGUES.ht.figureItems.money('Kanada', undefined)).toBe('Soti nan Kanada');
    expect(CATALOGUES.ht.figureItems.money('Kanada', 'MSS')).toBe('Kanada bay MSS');
  });
});
