/** Every social card of the site, by key: the shared pages and each entity page. */
import { deploymentsCard, entityCard, fundingCard, homeCard, timelineCard, type CardKey, type CardModel } from '../../lib/cards/cardModel.ts';
import { paths } from '../../lib/routes.ts';
import type { SiteData } from '../../lib/site-data.ts';
import { chartSource, strengthImage, strengthView } from '../../lib/view/chartImages.ts';
import { CATALOGUES, EDITIONS } from '../../i18n/index.ts';
import { inEdition } from '../../lib/routes.ts';
import { absolute } from '../../site.config.ts';

/** The page address as a card prints it: no scheme, no trailing slash. */
const address = (path: string): string => absolute(path).replace(/^https?:\/\//, '').replace(/\/$/, '');

/** Every card in every language: `home`, `entities/kenya` in English; `fr/home`, `ht/entities/kenya`... */
export function siteCards(site: SiteData): Map<string, CardModel> {
  const cards = new Map<string, CardModel>();
  for (const lang of EDITIONS) {
    const t = CATALOGUES[lang];
    const at = (path: string): string => address(inEdition(lang, path));
    const key = (card: CardKey): string => (lang === 'en' ? card : `${lang}/${card}`);
    const nameOf = site.namesIn(lang);
    const chart = strengthImage(strengthView({ ...site, nameOf }, t), t, chartSource(t, absolute(inEdition(lang, paths.deployments)), site.lastUpdated));
    cards.set(key('home'), homeCard(site, t, at(paths.home)));
    cards.set(key('deployments'), deploymentsCard(site, t, at(paths.deployments), chart));
    cards.set(key('funding'), fundingCard(site, t, at(paths.funding)));
    cards.set(key('timeline'), timelineCard(site, t, at(paths.timeline)));
    for (const entity of site.entities.values()) cards.set(key(`entities/${entity.id}`), entityCard(site, entity, t, at(paths.entity(entity.id))));
  }
  return cards;
}
