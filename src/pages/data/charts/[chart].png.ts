import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPaths, PNG_WIDTH } from '@/view/charts.ts';
import { loadSiteData, svgToPng } from '@/build/siteData.ts';

export const getStaticPaths = (async () =>
  chartPaths(await loadSiteData())) satisfies GetStaticPaths;

/** The same chart as a PNG, for slides and messages. */
export const GET: APIRoute<{ svg: string }> = async ({ props }) =>
  new Response(await svgToPng(props.svg, PNG_WIDTH), { headers: { 'Content-Type': 'image/png' } });
