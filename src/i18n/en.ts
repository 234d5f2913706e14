/**
 * The English catalogue of every string the interface shows (navigation,
 * kinds, statuses, table headings, flags, chart words, page copy) and of how
 * numbers and dates are written. The French (fr.ts) and Haitian Creole (ht.ts)
 * catalogues have the same keys: `Catalogue` is this object's shape, so a
 * missing key fails `astro check`.
 */
import { makeFormatter } from './format.ts';

const format = makeFormatter('en', (count) => `about ${count}`);

export const en = {
  lang: 'en',
  /** The language's own name, for the language switcher. */
  languageName: 'English',
  /** Open Graph locale. */
  ogLocale: 'en_US',
  format,
  /** The suggested citation of a page's data: site, page title, as-of date, address. */
  citation: (site: string, page: string, url: string, lastUpdated?: string): string =>
    `${site}, “${page}”${lastUpdated ? `, data as of ${format.fullDate(lastUpdated)}` : ''}, ${url}. Figures as reported by the cited articles.`,
  citeFigure: {
    title: (what: string, date: string): string => `${what}, ${date}`,
    citation: (
      site: string,
      title: string,
      from: string,
      published: string,
      permalink: string,
    ): string => `${site}: ${title}. Source: ${from}, ${published}. ${permalink}`,
  },
  downloads: {
    heading: 'Download the data',
    rows: (rows: string): string => `The figures above, one row each: ${rows}.`,
    spreadsheets: '(spreadsheets)',
    programs: '(programs)',
    images: '{svg} and {png} (the chart, with its legend and source)',
    everything: 'Every download, what each column means, and the licence',
    suggested: 'Suggested citation:',
  },
  fundingTotals: {
    entity: 'Entity',
    pledged: 'Pledged',
    disbursed: 'Disbursed',
    gap: 'Gap',
    asOf: 'As of',
  },
  nav: {
    articles: 'Articles',
    timeline: 'Timeline',
    entities: 'Entities',
    deployments: 'Deployments',
    funding: 'Funding',
    about: 'About',
    search: 'Search',
    data: 'Data downloads',
    feed: 'RSS feed',
  },
  skipLink: 'Skip to content',
  siteDescription:
    'A sourced tracker of the Kenya-led Multinational Security Support mission in Haiti: what happened when, who is involved, and how many police and soldiers each country pledged and sent.',
  feedTitle: 'MSS Haiti Tracker: latest articles',
  header: {
    languages: 'Language',
    searchLabel: 'Search the tracker',
    searchPlaceholder: 'Search',
    searchButton: 'Search',
    mainNav: 'Main',
  },
  footer: {
    about:
      'an open-source tracker of the Kenya-led Multinational Security Support mission in Haiti. Every figure is quoted from the article that reports it.',
    licence:
      'Code under the MIT licence. Article texts belong to their publishers and are quoted for reference.',
    method: 'Sources and method',
    nav: 'Footer',
  },
  eventKinds: {
    visit: 'Visit',
    deployment: 'Deployment',
    diplomacy: 'Diplomacy',
    'un-action': 'UN action',
    security: 'Security',
    funding: 'Funding',
    statement: 'Statement',
    other: 'Other',
  },
  deploymentStatus: {
    pledged: 'Pledged',
    announced: 'Announced',
    deployed: 'Deployed',
    withdrawn: 'Withdrawn',
  },
  personnel: { police: 'Police', military: 'Military', mixed: 'Police and military' },
  mandateAction: {
    authorised: 'authorised',
    renewed: 'renewed',
    expires: 'set to expire',
    ended: 'ended',
  },
  /** A mandate statement as a timeline event: "MSS mandate set to expire (until October 2024)". */
  mandateEvent: (mission: string, action: string, until?: string): string =>
    `${mission}: mandate ${action}${until ? ` (until ${until})` : ''}`,
  fundingStatus: { pledged: 'Pledged', disbursed: 'Disbursed' },
  /** Column headings of the tables of sourced figures. */
  table: {
    date: 'Date',
    figure: 'Figure',
    amount: 'Amount',
    status: 'Status',
    personnel: 'Personnel',
    source: 'Source and quote',
  },
  /** Small flags beside a value. */
  flags: { approximate: 'approximate', conflict: 'sources disagree' },
  /** Chart tooltips: how a marker's figure reads in one line. */
  chart: {
    conflict: 'sources disagree',
    scrolls: (title: string): string => `${title} (scrolls sideways on narrow screens)`,
    timeAxis: 'Date the figure refers to (partial dates at the start of their period)',
    series: 'Series',
    shapes: 'Marker shapes',
    approximate: 'Approximate (hollow)',
    disagree: 'Sources disagree',
    /** The shape key under personnel charts. */
    personnelShapes: {
      deployed: 'Deployed (on the ground; joined by a line)',
      pledged: 'Pledged',
      announced: 'Announced',
      withdrawn: 'Withdrawn',
    },
    /** The shape key under money charts. */
    moneyShapes: { disbursed: 'Disbursed (joined by a line)', pledged: 'Pledged' },
    /** A count and its status in a chart label or tooltip, agreeing with the count where the language does: "400 deployed". */
    countStatus: (
      count: string,
      status: 'pledged' | 'announced' | 'deployed' | 'withdrawn',
      _plural: boolean,
    ): string => `${count} ${status}`,
  },
  timeline: {
    eras: 'Mandate periods',
    /** A mandate period: the mission, then its dates (places filled by the page). */
    eraSpan: '{mission}: {from} – {until}',
    /** One statement of a mandate period: what was decided, when, the quote and its source. */
    eraStatement: '{action}, {date}: {quote} {source}',
    ceiling: (count: string): string => `authorised ceiling: ${count}`,
    kind: 'Kind',
    filters: 'Timeline filters',
    byYear: 'By year',
    byKind: 'By kind',
    all: 'All',
    involved: 'Involved',
    /** Introduces an event's sources, with its punctuation. */
    sources: (count: number): string => (count === 1 ? 'Source:' : `${count} sources:`),
    pages: 'Timeline pages',
    earlier: '← Earlier',
    later: 'Later →',
    download: 'Download every event as {json}.',
    noMonth: (year: number): string => `${year}, month not given`,
    title: 'Timeline',
    description:
      'Every event of the MSS mission reported by the tracked articles, dated at the precision the sources give.',
    heading: 'Timeline',
    introSingle: (events: number): string =>
      `All ${events} events reported by the articles, oldest first. Each event appears once, with every article that reports it.`,
    introPaged: (events: number, years: number): string =>
      `${events} events in ${years} years. Choose a year or a kind below.`,
    yearHeading: (year: string): string => `Timeline: ${year}`,
    kindHeading: (kind: string): string => `Timeline: ${kind}`,
    pageDescription: (heading: string): string =>
      `${heading} — events of the MSS mission in Haiti.`,
    pageOf: (heading: string, page: number): string => `${heading}, page ${page}`,
    count: (events: number): string => `${events} event${events === 1 ? '' : 's'}, oldest first.`,
    none: 'No events have been recorded yet.',
  },
  /** Money as bars: pledged against disbursed per flow. */
  bars: {
    heading: (currency: string): string => `Pledged and disbursed, in ${currency}`,
    title: (currency: string): string =>
      `Latest pledge and disbursement of each donor and recipient, in ${currency}`,
    description:
      'Each bar is a donor and recipient: the dashed outline is the latest pledge, the filled bar the latest disbursement, so the gap is the outline left empty. Each bar links to its source; the tables below hold the same figures.',
    pledged: 'Latest pledge',
    disbursed: 'Latest disbursement',
    gap: (amount: string): string => `gap ${amount}`,
    over: (amount: string): string => `${amount} beyond the pledge`,
    paid: 'pledge paid in full',
    noDisbursement: 'no disbursement reported',
    pledgedTitle: (amount: string, quote: string): string => `Pledged ${amount}. “${quote}”`,
    disbursedTitle: (amount: string, quote: string): string => `Disbursed ${amount}. “${quote}”`,
  },
  /** The mission's strength against its mandate. */
  strength: {
    axis: 'Personnel on the ground',
    legend: 'Contributors and mandate',
    ceiling: 'Authorised ceiling',
    band: 'Mandate period',
    bandUntil: 'Mandate until',
    tableCaption: 'Personnel on the ground at each reported date, by country',
    tableCaptionLatest: (shown: number, total: number): string =>
      `Personnel on the ground at the latest ${shown} of ${total} reported dates, by country (the downloads hold every figure)`,
    date: 'Date',
    total: 'Total on the ground',
    parts: 'By country (each figure as of its own date)',
    ceilingColumn: 'Authorised ceiling',
    noCeiling: 'not stated',
    heading: 'Strength against the mandate',
    chartTitle: 'Personnel on the ground against the authorised ceiling',
    chartDescription:
      'Stacked steps: the total on the ground, one layer per country, each country at its latest deployed figure. The dashed black line is the authorised ceiling and the dotted line the total pledged; shaded bands are mandate periods. Every mark links to its source; the table below holds the same totals.',
    partTitle: (name: string, count: string, date: string, quote: string): string =>
      `${name}: ${count} on the ground, ${date}. “${quote}”`,
    ceilingTitle: (ceiling: string, date: string, quote: string): string =>
      `Authorised ceiling ${ceiling}, ${date}. “${quote}”`,
    pledgeTitle: (name: string, count: string, date: string, quote: string): string =>
      `${name}: ${count} pledged, ${date}. “${quote}”`,
    pledged: 'Total pledged',
    bandLabel: (until: string): string => `Mandate until ${until}`,
    history: 'Mandate history',
  },
  cite: 'Cite this',
  home: {
    heading: 'Tracking the Multinational Security Support mission in Haiti',
    lede: 'What happened when, who is involved, and how many police and soldiers each country pledged and actually sent — every figure traced to the sentence that reports it.',
    updated: 'Last updated',
    numbers: 'The mission in numbers',
    totals: (countries: number, events: number, articles: number): string =>
      `${countries} ${countries === 1 ? 'country has' : 'countries have'} personnel reported on the ground · ${events} dated events · ${articles} articles`,
    allPersonnel: 'All personnel figures, with the chart and their sources',
    someCountries: (shown: number, total: number): string =>
      `The ${shown} countries with the largest figures, of ${total}.`,
    someFlows: (shown: number, total: number): string =>
      `The ${shown} largest pledges, of ${total} donors and recipients.`,
    money: 'Money pledged and disbursed',
    allFunding: 'All funding figures, with their sources',
    latest: 'Latest articles',
    allArticles: (count: number): string => `All ${count} articles`,
  },
  notTranslated: 'not yet translated',
  about: {
    title: 'About: sources and method',
    description:
      'How the tracker collects, verifies and shows what the news reports about the MSS mission.',
    heading: 'Sources and method',
    intro: (site: string): string =>
      `${site} follows the Kenya-led Multinational Security Support (MSS) mission in Haiti through the news articles that report on it. Each article is stored as one file; everything else on the site — the figures, the events, the people and countries involved — is derived from those files when the site is built.`,
    quoteHeading: 'Every fact rests on a quote',
    quote:
      'An editor who records a figure ("400 Kenyan officers deployed in June 2024") or an event must copy the sentence of the article that states it. The build checks that each quote really occurs in the article text (ignoring differences of spacing, curly quotes and emphasis) and refuses to publish anything that does not. Next to every figure on this site you can read the words it comes from and follow the link to the article.',
    datesHeading: 'Dates at the precision the text gives',
    dates:
      'When an article says "in July 2023", the tracker records July 2023, not a made-up day. Dates are shown as "2021", "July 2023" or "21 September 2024" accordingly, and a less precise date sorts before the days inside it.',
    inferredHeading: 'What the editors inferred is marked',
    inferred:
      'Some stories carry no headline or no date, or say "on Saturday" or "last week". When the editors supply such a value (a headline, a publication date, a day worked out from "on Saturday", a month for an undated figure), the site marks it {mark} and shows the editors\' note saying how they read it, next to the value: on article pages, the timeline, the tables and cards, in chart tooltips, and in the {inferred} and {note} columns of the downloads.',
    personnelHeading: 'What the personnel figures mean',
    pledged: "A government's promise of a number of personnel.",
    announced: 'A batch named as coming: in training or scheduled.',
    deployed:
      'Personnel stated to be on the ground at that date — a total for the country, not an increment.',
    withdrawn: 'Personnel stated to have left.',
    hedged:
      'Figures hedged in the text ("nearly 400", "around two dozen") are marked approximate. When two articles give different numbers for the same country, date and status, both are kept and shown side by side; the tracker never averages or drops a figure.',
    strengthHeading: 'Strength against the mandate',
    strength:
      "The total on the ground is the sum of each country's latest deployed figure at every date one is reported; when a country's latest figure is older than the total, the site says \"as of\" its own date. The authorised ceiling and the mandate's end come from the articles' mandate statements, each linked to its quote.",
    moneyHeading: 'Money',
    money:
      "Pledged and disbursed amounts are recorded the same way, each with its quote, in the currency the source reports; the tracker never converts between currencies. Where an article gives only the totals of a fund, they are shown under the fund's combined donors.",
    sourcesHeading: 'Sources',
    count: (count: number): string =>
      `The tracker currently holds ${count} article${count === 1 ? '' : 's'}.`,
    outlets: (list: string): string => `Named outlets: ${list}.`,
    unnamed: (count: number): string =>
      `${count} article${count === 1 ? ' does' : 's do'} not name ${count === 1 ? 'its' : 'their'} outlet in the text we hold, so none is shown.`,
    reading:
      "Where a text gives no date or headline of its own, the editors' reading is shown as such, with their note; outlets, authors and numbers are never guessed.",
    licence:
      "Article texts belong to their publishers and are quoted here for reference. The tracker's code is open source under the MIT licence; the data it compiles is published under CC BY 4.0 (see {data}).",
    dataLink: 'Data',
    contributingHeading: 'Contributing',
    contributing:
      "Anyone can add an article by committing one markdown file; the format is described in the project's CONTRIBUTING.md. Start from the {list} to see what is covered. Translators will find what each language still lacks on the {translations}.",
    listLink: 'list of articles',
    translationsLink: 'translations page',
  },
  pagination: {
    newer: '← Newer',
    older: 'Older →',
    page: (page: number): string => `Page ${page}`,
  },
  articles: {
    heading: 'Articles',
    description: 'Every news article in the tracker, newest first.',
    lede: (count: number): string =>
      `${count} news article${count === 1 ? '' : 's'} about the mission, newest first.`,
    pageOf: (page: number, pages: number): string => `Page ${page} of ${pages}.`,
    pageTitle: (page: number): string => `Articles, page ${page}`,
    pages: 'Article pages',
  },
  deployments: {
    title: 'Deployments',
    description:
      'How many police and soldiers each country pledged and actually sent to the MSS mission in Haiti, every figure with its source.',
    datasetDescription:
      'How many police and soldiers each country pledged and sent to the MSS mission in Haiti, and what the mission was authorised to be, every figure with its source.',
    heading: 'Personnel: pledged and deployed',
    intro: (count: number): string =>
      `How many police and soldiers each country has promised to the mission, and how many are on the ground — ${count} figures from the tracked articles, each linked to the sentence that states it. Where sources disagree, both figures are shown.`,
    byCountry: 'By country',
    overTime: 'Over time',
    axis: 'Personnel',
    chartTitle: 'Personnel pledged and deployed per country over time',
    chartDescription:
      "Lines join each country's deployed totals; diamonds are pledges, triangles announced batches. Every marker links to its source article. The same data is in the table below.",
    everyFigure: 'Every figure, with its source',
    caption: (country: string, count: number): string =>
      `${country}: ${count} figure${count === 1 ? '' : 's'}`,
    captionLatest: (country: string, shown: number, total: number): string =>
      `${country}: the latest ${shown} of ${total} figures (the country's page shows more; the downloads hold every figure)`,
    downloadRows:
      'the country, the date and its precision, the figure, status and personnel, the source article and the quote',
  },
  funding: {
    title: 'Funding',
    description:
      'Money pledged and disbursed for the MSS mission in Haiti, by donor and recipient, every amount with its source.',
    heading: 'Funding: pledged and disbursed',
    intro:
      'Who promised money to the mission and what was paid, as the articles report it. Every amount links to the sentence that states it. Amounts are shown in the currency reported and are never converted.',
    none: 'No money figures have been recorded yet.',
    byFlow: 'By donor and recipient',
    overTime: (currency: string): string => `Over time, in ${currency}`,
    chartTitle: (currency: string): string =>
      `Money pledged and disbursed over time, in ${currency}`,
    chartDescription:
      'Diamonds are pledges, circles disbursements (joined by a line per donor and recipient). Every marker links to its source article; the tables below hold the same figures.',
    totals: 'Totals',
    byDonor: 'By donor (latest figure of each flow, per currency)',
    byRecipient: 'By recipient (latest figure of each flow, per currency)',
    amountsHeading: 'Amounts reported, with their sources',
    flowCaption: (flow: string, shown: number, total: number): string =>
      shown < total
        ? `${flow}: the latest ${shown} of ${total} amounts (the downloads hold every amount)`
        : flow,
    downloadRows:
      'donor and recipient, the date and its precision, the amount, currency and status, the source article and the quote',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist.',
    heading: 'Page not found',
    text: 'There is no page at this address. It may have moved, or the link may have a typo.',
    home: 'Go to the home page',
    articles: 'Browse all articles',
  },
  search: {
    title: 'Search',
    description: 'Search articles, entities and timeline events of the MSS Haiti Tracker.',
    intro:
      'Search every article, entity page and timeline event in English. Filter the results by type.',
    label: 'Search articles, entities and events',
    /** The search filter (a name and its values, as the filter list shows them): each edition's index has its own words. */
    filter: { name: 'type', article: 'article', entity: 'entity', event: 'event' },
    otherLanguages: 'Search in another language:',
    noScript: 'Search needs JavaScript. Without it, browse:',
    /** Pagefind's own interface words (its translation keys). */
    ui: {
      placeholder: 'Search articles, people, places, events',
      clear_search: 'Clear',
      load_more: 'Load more results',
      search_label: 'Search this site',
      filters_label: 'Filters',
      zero_results: 'No results for [SEARCH_TERM]',
      many_results: '[COUNT] results for [SEARCH_TERM]',
      one_result: '[COUNT] result for [SEARCH_TERM]',
      alt_search: 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
      search_suggestion: 'No results for [SEARCH_TERM]. Try one of the following searches:',
      searching: 'Searching for [SEARCH_TERM]...',
    },
  },
  entities: {
    title: 'Entities',
    description:
      'People, organisations, countries, places and missions in the news about the MSS mission.',
    intro:
      'The people, organisations, countries, places and missions the articles name, most mentioned first. An article mentions an entity when its name or one of its other spellings appears in the text, or when editors tag it.',
    kinds: 'Entity kinds',
    download: 'Download every entity with its mention count as {json}.',
  },
  /** An entity's page. */
  entity: {
    /** An entity's feed of the articles that mention it (/entities/<id>/rss.xml). */
    feedChannelTitle: (name: string, site: string): string => `${name} · ${site}`,
    feedChannelDescription: (name: string, site: string): string =>
      `News articles mentioning ${name}, from the ${site}.`,
    defaultDescription: (name: string): string => `${name} in the MSS Haiti Tracker`,
    /** Above an entity's text where the edition's language is not English (entity files are written in English). */
    bodyNotTranslated: 'This text is not yet translated.',
    feedTitle: (name: string): string => `Articles mentioning ${name}`,
    events: 'Events',
    latestEvents: (shown: number, total: number): string =>
      `The latest ${shown} of ${total} events; the {timeline} has every one.`,
    timelineLink: 'timeline',
    noArticles: (name: string): string => `No article mentions ${name} yet.`,
    related: 'Often mentioned together',
    country: 'Country',
    aliases: 'Also written',
    mentionedIn: 'Mentioned in',
    articles: (count: number): string => `${count} article${count === 1 ? '' : 's'}`,
    feed: 'Feed',
    latestArticles: (shown: number, total: number): string =>
      `The latest ${shown} of ${total} articles.`,
    tagged: 'Tagged by the editors; not named in the text.',
    shared: (count: number): string => `${count} shared article${count === 1 ? '' : 's'}`,
    personnel: 'Personnel figures',
    personnelOverTime: (name: string): string => `Personnel of ${name} over time`,
    personnelDescription: (name: string): string =>
      `${name}'s pledged, announced and deployed personnel; each marker links to its source. The table below holds the same figures.`,
    personnelCaption: (name: string): string => `Personnel figures for ${name}, oldest first`,
    personnelCaptionLatest: (name: string, shown: number, total: number): string =>
      `Personnel figures for ${name}: the latest ${shown} of ${total}, oldest first`,
    compare: 'Compare with every country',
    mandateShown: (shown: number, total: number): string =>
      `The latest ${shown} of ${total} statements; mandates.csv holds every one.`,
    strengthLink: 'with every total and its sources',
    funding: 'Funding',
    allFunding: 'All funding figures',
  },
  /** An article's page. */
  article: {
    otherTitles: 'The title in other languages',
    by: (author: string): string => `By ${author}`,
    published: 'Published',
    readingTime: (minutes: number): string => `${minutes} min read`,
    original: 'Read the original story',
    contributes: 'What this article contributes',
    events: 'Events reported',
    who: 'Who and what',
    entities: 'Entities in this article',
    more: 'More articles',
    older: 'Older',
    newer: 'Newer',
    onTimeline: 'On the timeline',
  },
  /** One figure of an article as its page lists it. */
  figureItems: {
    personnel: (kind: string, country: string): string => `${kind} from ${country}`,
    money: (donor: string, recipient?: string): string =>
      `by ${donor}${recipient ? ` to ${recipient}` : ''}`,
    mandate: (action: string, by?: string): string => `${action}${by ? ` by ${by}` : ''}`,
    ceiling: (count: string): string => `Ceiling: ${count} personnel`,
    until: (date: string): string => `until ${date}`,
    sections: {
      figures: 'Figures in this article',
      money: 'Money in this article',
      mandates: 'Mandate in this article',
    },
  },
  countryCards: {
    about: 'about',
    onGround: 'on the ground {date} ({source})',
    source: 'source',
    sourceLabel: 'Source',
    noneDeployed: 'No deployed figure reported yet.',
    pledged: '{count} pledged ({date})',
    shareDeployed: (share: string): string => `${share} of the pledge deployed`,
  },
  flowCards: {
    to: 'to',
    pledged: '{amount} pledged ({date})',
    disbursed: '{amount} disbursed ({date})',
    gap: (gap: string, share: string): string =>
      `Gap: ${gap} not yet paid (${share} of the pledge disbursed)`,
    over: (amount: string, share: string): string =>
      `${amount} disbursed beyond the latest pledge (${share} of it)`,
    paid: 'The latest pledge is paid in full.',
  },
  /** The line that leads /deployments/ and the home page: total on the ground against the ceiling. */
  strengthLine: {
    withCeiling:
      'About {total} of {ceiling} authorised personnel on the ground ({share} of the ceiling, {date}',
    withoutCeiling: 'About {total} personnel on the ground ({date}',
    manyOlder: (older: number, all: number): string =>
      `; ${older} of the ${all} countries' figures are older than that`,
    includes: '; includes ',
    and: ' and ',
    partAsOf: '{name} {date}',
    close: ')',
    mandateEnd: '; latest {mission} mandate end the articles state: {until} (as stated {stated})',
    mandateEndInferred:
      '; latest {mission} mandate end the articles state: {until} (as stated {stated}, read by the editors)',
  },
  citeChart: 'Cite this chart',
  siteTitle: 'MSS Haiti Tracker',
  /** Social cards (Open Graph images) of the shared pages. */
  card: {
    homeKicker: 'Multinational Security Support mission in Haiti',
    deploymentsTitle: 'Personnel pledged and deployed',
    fundingTitle: 'Funding: pledged and disbursed',
    timelineTitle: 'Timeline of the mission',
    strength: (total: string, ceiling?: string): string =>
      `About ${total}${ceiling ? ` of ${ceiling} authorised` : ''} personnel on the ground`,
    counts: (articles: number, events: number): string =>
      `${format.number(articles)} ${articles === 1 ? 'article' : 'articles'}, ${format.number(events)} ${events === 1 ? 'event' : 'events'}`,
    countries: (count: number): string =>
      `${count} contributing ${count === 1 ? 'country' : 'countries'}`,
    money: (pledged: string, disbursed: string): string =>
      `${pledged} pledged, ${disbursed} disbursed`,
    noMoney: 'No money figures recorded yet',
    otherCurrencies: (count: number): string =>
      `and amounts in ${count} other ${count === 1 ? 'currency' : 'currencies'}`,
    events: (count: number): string =>
      `${format.number(count)} dated ${count === 1 ? 'event' : 'events'}, every one sourced`,
    deployed: (count: string, date: string): string => `${count} personnel deployed, as of ${date}`,
    mentions: (count: number): string =>
      `In ${format.number(count)} ${count === 1 ? 'article' : 'articles'}`,
  },
  /** Corrections found in the content's git history. */
  corrections: {
    heading: 'Corrections',
    corrected: 'Corrected',
    fields: {
      count: 'count',
      amount: 'amount',
      currency: 'currency',
      date: 'date',
      quote: 'quote',
      ceiling: 'ceiling',
      until: 'end date',
      title: 'title',
    } as Record<string, string>,
    change: (field: string, was: string, now?: string): string =>
      now === undefined ? `${field} was ${was}` : `${field} was ${was}, now ${now}`,
    kinds: {
      figure: 'Figure corrected',
      removed: 'Figure removed',
      event: 'Event corrected',
      title: 'Headline corrected',
    },
    commit: 'Commit message',
    unavailable: (reason: string): string =>
      `History not available: ${reason}. Corrections are listed when the site is built from the full git history of its content.`,
    none: 'No corrections yet: no committed figure, event date, quote or headline has been changed.',
    intro:
      'Every change to a figure, an event date, a quote or a headline after it was published here, and every figure removed, newest first. The list is made from the git history of the content at each build, so nothing is corrected silently.',
    feedTitle: 'MSS Haiti Tracker: corrections',
    feedDescription:
      'Every correction of a figure, event date, quote or headline, and every figure removed, newest first.',
    articleGone: 'article removed',
    feedLink: 'RSS feed of corrections',
    feedLatest: (limit: number): string => `(the latest ${format.number(limit)})`,
  },
  /** Chart images (SVG and PNG downloads). */
  chartImage: {
    source: (site: string, url: string, asOf?: string): string[] => [
      `Source: ${site}, ${url}${asOf ? ` (data ${asOf})` : ''}.`,
      'Every figure is linked to the sentence that reports it on the page.',
    ],
    strengthSubtitle:
      'Stacked by country: each country at its latest deployed figure; dashed: authorised ceiling; dotted: total pledged.',
    barsSubtitle:
      'Outline: the latest pledge; filled: the latest disbursement. Never converted between currencies.',
    downloads: 'The chart as an image:',
  },
  /** A figure older than six months before the newest article. */
  outOfDate: 'may be out of date',
  inference: {
    label: 'Editors’ inference',
    note: 'Editors’ note',
    /** What each article field is called when the editors supplied it. */
    fields: {
      title: 'Headline supplied by the editors',
      published: 'Publication date inferred by the editors',
      outlet: 'Outlet supplied by the editors',
      author: 'Author supplied by the editors',
    },
  },
  entityKinds: {
    person: 'Person',
    organization: 'Organisation',
    country: 'Country',
    place: 'Place',
    mission: 'Mission',
  },
  entityKindsPlural: {
    person: 'People',
    organization: 'Organisations',
    country: 'Countries',
    place: 'Places',
    mission: 'Missions',
  },
} as const;

/** Literal types widened, so each language can give its own words. */
type Widen<T> = T extends string
  ? string
  : T extends number | boolean
    ? T
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Widen<R>
      : T extends readonly (infer U)[]
        ? readonly Widen<U>[]
        : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language's catalogue has. */
export type Catalogue = Widen<typeof en>;

/**
 * The words of the pages built once, in English, whatever the edition: /data/ (whose files and
 * field names are English) and the translators' page. Not part of {@link Catalogue}: no other
 * language is asked to translate them.
 */
export const englishPages = {
  data: {
    title: 'Data',
    description:
      'Every figure, event and entity of the MSS Haiti Tracker as CSV and JSON, with what each column means, the licence and how to cite it.',
    datasetDescription:
      'Every figure, event and entity of the tracker as CSV and JSON, each figure with its source article and quote.',
    intro:
      'Everything the tracker shows, as files for spreadsheets and programs. Every figure keeps its source article and the sentence that states it; values the editors inferred are marked in the {inferred} and {note} columns.',
    asOf: 'Data as of {date} (the newest article).',
    package:
      'A machine-readable description of every file (columns, types, allowed values, licence, sources and citation) is in {file}, a {spec} that {tool}, pandas and R tools read. CSV cells that a spreadsheet would run as a formula start with a single quote; the JSON files keep the exact text.',
    packageSpec: 'Frictionless Data Package',
    records: (count: number): string => `${count.toLocaleString('en')} records`,
    fields: 'What each field means',
    fieldsOf: (file: string): string => `Fields of ${file}`,
    columns: ['Field', 'Type', 'Meaning'],
    oneOf: 'One of:',
    charts: 'Charts as images',
    chartsIntro:
      'The charts of the site as files for slides, articles and messages: SVG scales to any size, PNG is ready to paste. Each carries its title, legend and source line.',
    licence: 'Licence and citation',
    licenceText:
      'The compiled data (figures, dates, events, entities) is published under {licence}. The quotes are short extracts of articles that belong to their publishers. Suggested citation:',
    stability:
      'The JSON files are arrays of records whose fields are listed above; a change to their shape is announced as a breaking change.',
  },
  translations: {
    title: 'Translations',
    description:
      'What each language of the tracker still lacks: interface words and content to translate.',
    intro:
      'For translators. The interface words are in {en}, {fr} and {ht}; content is translated in each file\'s {field} (see CONTRIBUTING.md, "Languages"). Where a translation is missing the site shows the original, marked "not yet translated".',
    languages: 'Languages',
    summary: (keys: number, content: number): string =>
      `: ${keys} interface keys, ${content} pieces of content to translate`,
    keysMissing: (file: string): string => `Interface keys missing from ${file}`,
    reference: 'English is the reference interface.',
    allKeys: 'Every interface key is translated.',
    contentTo: (language: string): string => `Content to translate into ${language}`,
    contentCount: (language: string, count: number): string =>
      `Content to translate into ${language} (${count})`,
    columns: ['What', 'Text', 'File'],
    allContent: 'All content is translated.',
  },
} as const;
