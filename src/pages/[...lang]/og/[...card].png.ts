import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardModel } from '@/lib/cards/cardModel.ts';
import { loadSiteData } from '@/build/siteData.ts';
import { cardPng, prefetchCards } from '@/build/images/images.ts';
import { siteCards } from './_cards.ts';

/**
 * Under [...lang] so that Astro renders the cards after the article and entity pages (it renders
 * routes in its priority order, and `og` sorts after `entities`): the worker threads draw the
 * cards meanwhile, and the main thread seldom waits for one.
 */
export const getStaticPaths = (async () => {
  const cards = siteCards(await loadSiteData());
  // Astro asks every route for its paths before it renders any page: the cards are drawn meanwhile.
  prefetchCards(cards.map(({ model }) => model));
  return cards.map(({ lang, key, model }) => ({
    params: { lang: lang === 'en' ? undefined : lang, card: key },
    props: { model },
  }));
}) satisfies GetStaticPaths;

/** A page's social card: 1200 × 630 PNG, drawn at build time (and cached by what it shows). */
export const GET: APIRoute<{ model: CardModel }> = async ({ props }) =>
  new Response(await cardPng(props.model), { headers: { 'Content-Type': 'image/png' } });
