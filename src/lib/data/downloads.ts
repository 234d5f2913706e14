/**
 * Every file under /data/, described once: the /data/ page, the Frictionless
 * Data Package (`/data/datapackage.json`) and the CSV headers all come from
 * these descriptions and from the column lists that write the files, so they
 * cannot drift apart.
 *
 * JSON downloads stay plain arrays of records (their shape is a public
 * interface: scripts rely on it); what describes them (licence, citation,
 * sources, field meanings) lives in the data package.
 */
import { EVENT_KINDS } from '@/schemas/article.ts';
import { ENTITY_KINDS } from '@/schemas/entity.ts';
import {
  MANDATE_COLUMNS,
  MONEY_COLUMNS,
  PERSONNEL_COLUMNS,
  type ColumnType,
} from '@/lib/figures/columns.ts';

/** One field of a file, in Table Schema terms. */
export interface FieldSpec {
  readonly name: string;
  readonly type: ColumnType | 'array' | 'object';
  readonly description: string;
  readonly values?: readonly string[];
}

/** CSV and JSON hold records of the same fields; CSL-JSON holds citations for reference managers. */
export type DownloadFormat = 'csv' | 'json' | 'csl.json';

/** One download: a CSV, a JSON file, or both with the same fields. */
export interface DownloadSpec {
  /** Base name of the files: `deployments` for deployments.csv and deployments.json. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly formats: readonly DownloadFormat[];
  readonly fields: readonly FieldSpec[];
}

const fieldsOf = (columns: readonly FieldSpec[]): FieldSpec[] =>
  columns.map(({ name, type, description, values }) => ({
    name,
    type,
    description,
    ...(values ? { values } : {}),
  }));

/** Every download of the site, in the order the /data/ page lists them. */
export const DOWNLOADS: readonly DownloadSpec[] = [
  {
    name: 'deployments',
    title: 'Personnel pledged and deployed',
    description:
      'Every personnel figure the articles state: one row per figure, by country, with its date at the precision the source gives, its status, the source article and the quote.',
    formats: ['csv', 'json'],
    fields: fieldsOf(PERSONNEL_COLUMNS),
  },
  {
    name: 'funding',
    title: 'Money pledged and disbursed',
    description:
      'Every money figure the articles state: one row per figure, by donor and recipient, in the currency reported (never converted), with its source article and quote.',
    formats: ['csv', 'json'],
    fields: fieldsOf(MONEY_COLUMNS),
  },
  {
    name: 'mandates',
    title: 'Mandate statements',
    description:
      "Every statement the articles make about a mission's mandate: authorisations, renewals, stated ends, with the ceiling and end date when given, the source article and the quote.",
    formats: ['csv', 'json'],
    fields: fieldsOf(MANDATE_COLUMNS),
  },
  {
    name: 'events',
    title: 'Timeline events',
    description:
      'Every dated event, merged across the articles that report it, sorted as on the timeline, with each source.',
    formats: ['json'],
    fields: [
      {
        name: 'id',
        type: 'string',
        description:
          "Stable id of the event (the editors' id, or one made from its date and title).",
      },
      {
        name: 'date',
        type: 'string',
        description: 'The most precise date any source gives: YYYY, YYYY-MM or YYYY-MM-DD.',
      },
      {
        name: 'precision',
        type: 'string',
        description: 'How precise the date field is.',
        values: ['year', 'month', 'day'],
      },
      {
        name: 'title',
        type: 'string',
        description: 'Headline of the event, from the most recently published source.',
      },
      {
        name: 'kind',
        type: 'string',
        description: 'What kind of event it is.',
        values: EVENT_KINDS,
      },
      {
        name: 'inferred',
        type: 'boolean',
        description:
          "True when no source states the shown date in so many words: it is the editors' reading.",
      },
      {
        name: 'inference_note',
        type: 'string',
        description: 'How the editors read an inferred date; null otherwise.',
      },
      { name: 'entities', type: 'array', description: 'Ids of the entities involved.' },
      { name: 'anchor', type: 'string', description: 'Id of the entry on its timeline page.' },
      {
        name: 'timeline_url',
        type: 'string',
        description: 'Address of the entry on the timeline.',
      },
      {
        name: 'sources',
        type: 'array',
        description:
          'Each article that reports the event: article, article_url, outlet, published, url, quote, the date it gives, inferred and inference_note.',
      },
    ],
  },
  {
    name: 'entities',
    title: 'People, organisations, countries, places and missions',
    description:
      'Every entity with how many articles mention it and the entities most often mentioned with it.',
    formats: ['json'],
    fields: [
      {
        name: 'id',
        type: 'string',
        description: 'Id of the entity (its page is /entities/<id>/).',
      },
      { name: 'name', type: 'string', description: 'Display name.' },
      { name: 'kind', type: 'string', description: 'What the entity is.', values: ENTITY_KINDS },
      { name: 'aliases', type: 'array', description: 'Other spellings that count as a mention.' },
      {
        name: 'description',
        type: 'string',
        description: 'One line about the entity; null when there is none.',
      },
      {
        name: 'country',
        type: 'string',
        description: 'Id of the country entity it belongs to; null otherwise.',
      },
      {
        name: 'wikidata',
        type: 'string',
        description: 'Wikidata id (Q followed by digits); null when unknown.',
      },
      {
        name: 'mention_count',
        type: 'integer',
        description: 'Number of articles that mention or tag it.',
      },
      {
        name: 'related',
        type: 'array',
        description:
          'Ids of the entities most often mentioned in the same articles, most frequent first.',
      },
    ],
  },
  {
    name: 'citations',
    title: 'Citations for reference managers',
    description:
      'CSL-JSON, which Zotero, Mendeley, pandoc and citeproc import: every source article (type article-newspaper), then each of its figures (type dataset) at its permalink, with the source and the quote in the note. Fields a source does not give are left out.',
    formats: ['csl.json'],
    fields: [
      {
        name: 'id',
        type: 'string',
        description:
          'article-<slug> for an article; the figure id (as in the figure_id column) for a figure.',
      },
      {
        name: 'type',
        type: 'string',
        description: 'article-newspaper or dataset.',
        values: ['article-newspaper', 'dataset'],
      },
      {
        name: 'title',
        type: 'string',
        description: 'The headline, or what the figure states and as of when.',
      },
      {
        name: 'container-title',
        type: 'string',
        description: "The outlet (articles) or the tracker's name (figures).",
      },
      { name: 'publisher', type: 'string', description: "The tracker's name (figures)." },
      {
        name: 'author',
        type: 'array',
        description: 'The author as a literal name, when the article names one.',
      },
      {
        name: 'issued',
        type: 'object',
        description:
          'Publication date of the article (for a figure, of its source), as CSL date-parts.',
      },
      {
        name: 'URL',
        type: 'string',
        description:
          "The original story when known, else the tracker's page of it; for a figure, its permalink.",
      },
      {
        name: 'note',
        type: 'string',
        description: "A figure's source, quote and, when inferred, the editors' note.",
      },
      { name: 'language', type: 'string', description: "The article's language: en, fr or ht." },
    ],
  },
];

/** The licence of the data the tracker compiles (figures, dates, events). */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** What a data package needs from the site besides the descriptions. */
export interface PackageInput {
  /** Absolute URL of the site's home, for `homepage` and each source. */
  readonly homepage: string;
  readonly title: string;
  readonly description: string;
  /** Date of the newest article: the data is as of then (keeps builds reproducible). */
  readonly lastUpdated?: string;
  readonly citation: string;
  /** Records per download name. */
  readonly rows: Readonly<Record<string, number>>;
  /** The articles the data comes from. */
  readonly sources: readonly { title: string; path: string }[];
}

const MEDIA_TYPES = {
  csv: 'text/csv',
  json: 'application/json',
  'csl.json': 'application/vnd.citationstyles.csl+json',
} as const;

/** The Frictionless Data Package describing every file under /data/. */
export function dataPackage(input: PackageInput) {
  return {
    profile: 'data-package',
    name: 'mss-haiti-tracker',
    title: input.title,
    description: input.description,
    homepage: input.homepage,
    ...(input.lastUpdated ? { created: `${input.lastUpdated}T00:00:00Z` } : {}),
    licenses: [DATA_LICENSE],
    citation: input.citation,
    sources: input.sources,
    resources: DOWNLOADS.flatMap((download) =>
      download.formats.map((format) => ({
        name: `${download.name}-${format}`,
        path: `${download.name}.${format}`,
        title: download.title,
        description: `${download.description} ${input.rows[download.name] ?? 0} records.`,
        format: format === 'csl.json' ? 'json' : format,
        mediatype: MEDIA_TYPES[format],
        encoding: 'utf-8',
        ...(format === 'csv'
          ? {
              profile: 'tabular-data-resource',
              dialect: {
                delimiter: ',',
                lineTerminator: '\r\n',
                quoteChar: '"',
                doubleQuote: true,
                header: true,
              },
            }
          : { profile: 'data-resource' }),
        // CSL-JSON's own schema describes the citations (its fields are listed on the /data/ page).
        ...(format === 'csl.json' ? {} : { schema: tableSchema(download.fields) }),
      })),
    ),
  };
}

/** A Table Schema from a download's fields. */
function tableSchema(fields: readonly FieldSpec[]) {
  return {
    fields: fields.map((field) => ({
      name: field.name,
      type: field.type,
      description: field.description,
      ...(field.values ? { constraints: { enum: field.values } } : {}),
    })),
    missingValues: [''],
  };
}
