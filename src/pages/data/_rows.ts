/** How many records each download holds, from the once-per-build site data. */
import type { SiteData } from '@/build/siteData.ts';

export function downloadRows(data: SiteData): Record<string, number> {
  const figures = (series: readonly { figures: readonly unknown[] }[]): number =>
    series.reduce((sum, one) => sum + one.figures.length, 0);
  const counts = {
    deployments: figures(data.deployments),
    funding: figures(data.funding),
    mandates: figures(data.mandates),
  };
  return {
    ...counts,
    events: data.events.length,
    entities: data.entities.size,
    citations: data.articles.length + counts.deployments + counts.funding + counts.mandates,
  };
}
