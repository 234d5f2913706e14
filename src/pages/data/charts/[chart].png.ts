import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData, svgToPng } from '@/build/siteData.ts';
import { chartImages, PNG_WIDTH } from '@/view/charts.ts';
import { cacheKeyOf } from '@/view/cacheKey.ts';

export const getStaticPaths = (async () =>
  chartImages(await loadSiteData()).map(({ name, svg }) => ({
    params: { chart: name },
    props: { svg },
    cacheKey: cacheKeyOf(svg),
  }))) satisfies GetStaticPaths;

/** The same chart as a PNG, for slides and messages. */
export const GET: APIRoute<{ svg: string }> = async ({ props }) =>
  new Response(await svgToPng(props.svg, PNG_WIDTH), { headers: { 'Content-Type': 'image/png' } });
