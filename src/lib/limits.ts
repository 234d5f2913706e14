/** Page sizes that keep every listing page bounded however large the corpus grows. */

/** Events on one timeline page; /timeline/ shows everything while the total fits. */
export const TIMELINE_PAGE_SIZE = 150;

/** Articles listed on an entity page and in its feed (newest first). */
export const ENTITY_ARTICLES_LIMIT = 50;

/**
 * Events shown on an entity page (the latest ones; the timeline has every event). An event
 * entry carries its quote, sources and the other entities involved: with many more, an entity
 * page of a large corpus grows heavy and slow to index (bench/RESULTS.md).
 */
export const ENTITY_EVENTS_LIMIT = 40;

/** Country cards on the home page (the countries with the largest figures); /deployments/ has every country. */
export const HOME_COUNTRY_CARDS = 8;

/** Money flow cards on the home page (the largest pledges); /funding/ has every flow. */
export const HOME_FLOW_CARDS = 4;

/** Related entities shown on an entity page. */
export const RELATED_LIMIT = 10;

/** Articles in the site-wide feed. */
export const FEED_LIMIT = 50;

/** Chart sizes in SVG units; the SVG scales to the page width through its viewBox. */
export const CHART = {
  full: { width: 720, height: 400, margin: { top: 20, right: 110, bottom: 56, left: 64 } },
  small: { width: 640, height: 300, margin: { top: 16, right: 100, bottom: 50, left: 60 } },
} as const;

/**
 * Latest amounts of each donor → recipient flow drawn and tabled on /funding/ and on an entity's
 * page; the totals, bars and downloads use every amount.
 */
export const FLOW_FIGURES = 10;

/** Latest figures per country drawn and tabled on /deployments/, which shows every country; downloads hold all. */
export const OVERVIEW_FIGURES_PER_COUNTRY = 10;

/** Latest figures drawn and tabled on a country's own page. */
export const COUNTRY_PAGE_FIGURES = 40;

/** Latest reported dates drawn and tabled in the strength-against-mandate chart; mandates.csv and deployments.csv hold all. */
export const STRENGTH_DATES = 12;

/** Latest mandate statements listed on a mission's page. */
export const MANDATE_HISTORY_LIMIT = 20;

/** Latest mandate periods shown as eras on each timeline page. */
export const MANDATE_ERAS_LIMIT = 6;
