import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { svgToPng } from '@/build/images/images.ts';
import { chartImages, PNG_WIDTH } from './_charts.ts';

export const getStaticPaths = (async () =>
  chartImages(await loadSiteData()).map(({ name, svg }) => ({
    params: { chart: name },
    props: { svg },
  }))) satisfies GetStaticPaths;

/** The same chart as a PNG, for slides and messages. */
export const GET: APIRoute<{ svg: string }> = async ({ props }) =>
  new Response(await svgToPng(props.svg, PNG_WIDTH), { headers: { 'Content-Type': 'image/png' } });
