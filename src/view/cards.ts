/** Every social card of the site, in each edition: the shared pages and each entity page. */
import {
  deploymentsCard,
  entityCard,
  fundingCard,
  homeCard,
  timelineCard,
  type CardKey,
  type CardModel,
} from '@/lib/cards/cardModel.ts';
import { paths } from '@/lib/routes.ts';
import type { SiteData } from '@/build/siteData.ts';
import { chartSource, strengthImage, strengthView } from './charts.ts';
import type { Language } from '@/i18n/index.ts';
import { EDITIONS } from '@/site.config.ts';

/** A page address as a card prints it: no scheme, no trailing slash. */
const address = (url: string): string => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** One edition's card: its language, its key (`home`, `entities/kenya`) and what it shows. */
export interface EditionCard {
  readonly lang: Language;
  readonly key: CardKey;
  readonly model: CardModel;
}

/** Every card in every language (the French cards are under fr/og/, the Creole under ht/og/). */
export function siteCards(site: SiteData): EditionCard[] {
  const cards: EditionCard[] = [];
  for (const { lang, t, absolute } of EDITIONS) {
    const at = (path: string): string => address(absolute(path));
    const add = (key: CardKey, model: CardModel): void => void cards.push({ lang, key, model });
    const nameOf = site.namesIn(lang);
    const chart = strengthImage(
      strengthView({ ...site, nameOf }, t),
      t,
      chartSource(t, absolute(paths.deployments), site.lastUpdated),
    );
    add('home', homeCard(site, t, at(paths.home)));
    add('deployments', deploymentsCard(site, t, at(paths.deployments), chart));
    add('funding', fundingCard(site, t, at(paths.funding)));
    add('timeline', timelineCard(site, t, at(paths.timeline)));
    for (const entity of site.entities.values())
      add(`entities/${entity.id}`, entityCard(site, entity, t, at(paths.entity(entity.id))));
  }
  return cards;
}
