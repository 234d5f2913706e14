/**
 * The English catalogue of every string the interface shows (navigation,
 * kinds, statuses, table headings, flags, chart words). A French or Haitian
 * Creole edition is a translation of this object with the same keys.
 */
export const en = {
  nav: { articles: 'Articles', timeline: 'Timeline', entities: 'Entities', deployments: 'Deployments', funding: 'Funding', about: 'About', search: 'Search', data: 'Data downloads', feed: 'RSS feed' },
  skipLink: 'Skip to content',
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
  deploymentStatus: { pledged: 'Pledged', announced: 'Announced', deployed: 'Deployed', withdrawn: 'Withdrawn' },
  personnel: { police: 'Police', military: 'Military', mixed: 'Police and military' },
  mandateAction: { authorised: 'authorised', renewed: 'renewed', expires: 'set to expire', ended: 'ended' },
  /** A mandate statement as a timeline event: "MSS mandate set to expire (until October 2024)". */
  mandateEvent: (mission: string, action: string, until?: string): string => `${mission}: mandate ${action}${until ? ` (until ${until})` : ''}`,
  fundingStatus: { pledged: 'Pledged', disbursed: 'Disbursed' },
  /** Column headings of the tables of sourced figures. */
  table: { date: 'Date', figure: 'Figure', amount: 'Amount', status: 'Status', personnel: 'Personnel', source: 'Source and quote' },
  /** Small flags beside a value. */
  flags: { approximate: 'approximate', conflict: 'sources disagree' },
  /** Chart tooltips: how a marker's figure reads in one line. */
  chart: {
    conflict: 'sources disagree',
    /** The shape key under personnel charts. */
    personnelShapes: { deployed: 'Deployed (on the ground; joined by a line)', pledged: 'Pledged', announced: 'Announced', withdrawn: 'Withdrawn' },
    /** The shape key under money charts. */
    moneyShapes: { disbursed: 'Disbursed (joined by a line)', pledged: 'Pledged' },
  },
  timeline: { eras: 'Mandate periods', ceiling: 'authorised ceiling' },
  /** Money as bars: pledged against disbursed per flow. */
  bars: {
    heading: (currency: string): string => `Pledged and disbursed, in ${currency}`,
    title: (currency: string): string => `Latest pledge and disbursement of each donor and recipient, in ${currency}`,
    description: 'Each bar is a donor and recipient: the dashed outline is the latest pledge, the filled bar the latest disbursement, so the gap is the outline left empty. Each bar links to its source; the tables below hold the same figures.',
    pledged: 'Latest pledge',
    disbursed: 'Latest disbursement',
    gap: (amount: string): string => `gap ${amount}`,
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
    tableCaptionLatest: (shown: number, total: number): string => `Personnel on the ground at the latest ${shown} of ${total} reported dates, by country (the downloads hold every figure)`,
    date: 'Date',
    total: 'Total on the ground',
    parts: 'By country (each figure as of its own date)',
    ceilingColumn: 'Authorised ceiling',
    asOf: 'as of',
    noCeiling: 'not stated',
    heading: 'Strength against the mandate',
    chartTitle: 'Personnel on the ground against the authorised ceiling',
    chartDescription:
      'Stacked steps: the total on the ground, one layer per country, each country at its latest deployed figure. The dashed black line is the authorised ceiling and the dotted line the total pledged; shaded bands are mandate periods. Every mark links to its source; the table below holds the same totals.',
    partTitle: (name: string, count: string, date: string, quote: string): string => `${name}: ${count} on the ground, ${date}. “${quote}”`,
    ceilingTitle: (ceiling: string, date: string, quote: string): string => `Authorised ceiling ${ceiling}, ${date}. “${quote}”`,
    pledgeTitle: (name: string, count: string, date: string, quote: string): string => `${name}: ${count} pledged, ${date}. “${quote}”`,
    pledged: 'Total pledged',
    bandLabel: (until: string): string => `Mandate until ${until}`,
    history: 'Mandate history',
  },
  cite: 'Cite this',
  citeChart: 'Cite this chart',
  siteTitle: 'MSS Haiti Tracker',
  /** Social cards (Open Graph images) of the shared pages. */
  card: {
    homeKicker: 'Multinational Security Support mission in Haiti',
    deploymentsTitle: 'Personnel pledged and deployed',
    fundingTitle: 'Funding: pledged and disbursed',
    timelineTitle: 'Timeline of the mission',
    strength: (total: string, ceiling?: string): string => `About ${total}${ceiling ? ` of ${ceiling} authorised` : ''} personnel on the ground`,
    asOf: (date: string): string => `as of ${date}`,
    counts: (articles: number, events: number): string => `${articles.toLocaleString('en')} ${articles === 1 ? 'article' : 'articles'}, ${events.toLocaleString('en')} ${events === 1 ? 'event' : 'events'}`,
    countries: (count: number): string => `${count} contributing ${count === 1 ? 'country' : 'countries'}`,
    money: (pledged: string, disbursed: string): string => `${pledged} pledged, ${disbursed} disbursed`,
    noMoney: 'No money figures recorded yet',
    otherCurrencies: (count: number): string => `and amounts in ${count} other ${count === 1 ? 'currency' : 'currencies'}`,
    events: (count: number): string => `${count.toLocaleString('en')} dated ${count === 1 ? 'event' : 'events'}, every one sourced`,
    deployed: (count: string, date: string): string => `${count} personnel deployed, as of ${date}`,
    mentions: (count: number): string => `In ${count.toLocaleString('en')} ${count === 1 ? 'article' : 'articles'}`,
  },
  /** Corrections found in the content's git history. */
  corrections: {
    heading: 'Corrections',
    corrected: 'Corrected',
    fields: { count: 'count', amount: 'amount', currency: 'currency', date: 'date', quote: 'quote', ceiling: 'ceiling', until: 'end date', title: 'title' } as Record<string, string>,
    change: (field: string, was: string, now?: string): string => (now === undefined ? `${field} was ${was}` : `${field} was ${was}, now ${now}`),
    kinds: { figure: 'Figure corrected', removed: 'Figure removed', event: 'Event corrected', title: 'Headline corrected' },
    commit: 'Commit message',
    unavailable: (reason: string): string => `History not available: ${reason}. Corrections are listed when the site is built from the full git history of its content.`,
    none: 'No corrections yet: no committed figure, event date, quote or headline has been changed.',
    intro:
      'Every change to a figure, an event date, a quote or a headline after it was published here, and every figure removed, newest first. The list is made from the git history of the content at each build, so nothing is corrected silently.',
    feedTitle: 'MSS Haiti Tracker: corrections',
    feedDescription: 'Every correction of a figure, event date, quote or headline, and every figure removed, newest first.',
    articleGone: 'article removed',
  },
  /** Chart images (SVG and PNG downloads). */
  chartImage: {
    source: (site: string, url: string, asOf?: string): string[] => [`Source: ${site}, ${url}${asOf ? ` (data as of ${asOf})` : ''}.`, 'Every figure is linked to the sentence that reports it on the page.'],
    strengthSubtitle: 'Stacked by country: each country at its latest deployed figure; dashed: authorised ceiling; dotted: total pledged.',
    barsSubtitle: 'Outline: the latest pledge; filled: the latest disbursement. Never converted between currencies.',
    downloads: 'The chart as an image',
  },
  /** A figure older than six months before the newest article. */
  outOfDate: 'may be out of date',
  inference: {
    label: 'Editors’ inference',
    note: 'Editors’ note',
    /** What each article field is called when the editors supplied it. */
    fields: { title: 'Headline supplied by the editors', published: 'Publication date inferred by the editors', outlet: 'Outlet supplied by the editors', author: 'Author supplied by the editors' },
  },
  entityKinds: { person: 'Person', organization: 'Organisation', country: 'Country', place: 'Place', mission: 'Mission' },
  entityKindsPlural: { person: 'People', organization: 'Organisations', country: 'Countries', place: 'Places', mission: 'Missions' },
} as const;

/** The shape every language's catalogue has. */
export type Catalogue = typeof en;
