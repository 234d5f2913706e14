import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardModel } from '../../lib/cards/cardModel.ts';
import { loadSiteData } from '../../lib/site-data.ts';
import { cardPng, prefetchCards } from '../../render/images.ts';
import { siteCards } from './_cards.ts';

export const getStaticPaths = (async () => {
  const cards = siteCards(await loadSiteData());
  // Astro asks every route for its paths before it renders any page: the cards are drawn meanwhile.
  prefetchCards(cards.values());
  return [...cards].map(([card, model]) => ({ params: { card }, props: { model } }));
}) satisfies GetStaticPaths;

/** A page's social card: 1200 × 630 PNG, drawn at build time (and cached by what it shows). */
export const GET: APIRoute<{ model: CardModel }> = async ({ props }) => new Response(await cardPng(props.model), { headers: { 'Content-Type': 'image/png' } });
