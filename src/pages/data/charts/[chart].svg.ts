import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { chartImages } from '@/view/charts.ts';
import { cacheKeyOf } from '@/view/cacheKey.ts';

export const getStaticPaths = (async () =>
  chartImages(await loadSiteData()).map(({ name, svg }) => ({
    params: { chart: name },
    props: { svg },
    cacheKey: cacheKeyOf(svg),
  }))) satisfies GetStaticPaths;

/** A chart as a self-contained SVG: title, legend and source included. */
export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
