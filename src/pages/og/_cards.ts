/** Every social card of the site, by key: the shared pages and each entity page. */
import { deploymentsCard, entityCard, fundingCard, homeCard, timelineCard, type CardKey, type CardModel } from '../../lib/cards/cardModel.ts';
import { paths } from '../../lib/routes.ts';
import type { SiteData } from '../../lib/site-data.ts';
import { chartSource, strengthImage, strengthView } from '../../lib/view/chartImages.ts';
import { LABELS, absolute } from '../../site.config.ts';

/** The page address as a card prints it: no scheme, no trailing slash. */
const address = (path: string): string => absolute(path).replace(/^https?:\/\//, '').replace(/\/$/, '');

export function siteCards(site: SiteData): Map<CardKey, CardModel> {
  const chart = strengthImage(strengthView(site, LABELS), LABELS, chartSource(LABELS, absolute(paths.deployments), site.lastUpdated));
  const cards = new Map<CardKey, CardModel>([
    ['home', homeCard(site, LABELS, address(paths.home))],
    ['deployments', deploymentsCard(site, LABELS, address(paths.deployments), chart)],
    ['funding', fundingCard(site, LABELS, address(paths.funding))],
    ['timeline', timelineCard(site, LABELS, address(paths.timeline))],
  ]);
  for (const entity of site.entities.values()) cards.set(`entities/${entity.id}`, entityCard(site, entity, LABELS, address(paths.entity(entity.id))));
  return cards;
}
