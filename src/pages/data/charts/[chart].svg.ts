import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPaths } from '@/view/charts.ts';
import { loadSiteData } from '@/build/siteData.ts';

export const getStaticPaths = (async () =>
  chartPaths(await loadSiteData())) satisfies GetStaticPaths;

/** A chart as a self-contained SVG: title, legend and source included. */
export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
