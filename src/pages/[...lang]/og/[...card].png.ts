import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardModel } from '@/lib/cards/cardModel.ts';
import { cardPng, loadSiteData, prefetchCards } from '@/build/siteData.ts';
import { cacheKeyOf } from '@/view/cacheKey.ts';
import { siteCards } from '@/view/cards.ts';

/** Under [...lang] for Astro's render order: see the image notes in src/build/siteData.ts. */
export const getStaticPaths = (async () => {
  const cards = siteCards(await loadSiteData());
  prefetchCards(cards.map(({ model }) => model));
  return cards.map(({ lang, key, model }) => ({
    params: { lang: lang === 'en' ? undefined : lang, card: key },
    props: { model },
    // Drawn again only when what it shows changes (incremental builds).
    cacheKey: cacheKeyOf(model),
  }));
}) satisfies GetStaticPaths;

/** A page's social card: 1200 × 630 PNG, drawn at build time (and cached by what it shows). */
export const GET: APIRoute<{ model: CardModel }> = async ({ props }) =>
  new Response(await cardPng(props.model), { headers: { 'Content-Type': 'image/png' } });
