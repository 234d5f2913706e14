/** Every chart image under /data/charts/: the strength chart and one bar chart per currency. */
import {
  CHART_IMAGE,
  chartSource,
  fundingImages,
  strengthImage,
  strengthView,
} from '@/view/chartImages.ts';
import { paths } from '@/lib/routes.ts';
import type { SiteData } from '@/build/siteData.ts';
import { absolute } from '@/site.config.ts';
import { en, type Catalogue } from '@/i18n/en.ts';
import { flowName, type FundingFlow } from '@/lib/figures/fundingSeries.ts';

/** The width of the PNG version, in pixels (twice the SVG's, for sharp text on dense screens). */
export const PNG_WIDTH = 1536;

/** One chart image: its base name (`strength`, `funding-usd`), its title and the SVG. */
export interface ChartFile {
  readonly name: string;
  readonly title: string;
  readonly svg: string;
}

/** The chart images in a catalogue's words: the downloads under /data/charts/ are English. */
export function chartImages(site: SiteData, labels: Catalogue = en): ChartFile[] {
  const images: ChartFile[] = [];
  const strength = strengthImage(
    strengthView(site, labels),
    labels,
    chartSource(labels, absolute(paths.deployments), site.lastUpdated),
  );
  if (strength)
    images.push({ name: CHART_IMAGE.strength, title: labels.strength.chartTitle, svg: strength });
  for (const image of fundingImages(
    site.funding,
    (flow: FundingFlow) => flowName(flow, site.nameOf),
    labels,
    chartSource(labels, absolute(paths.funding), site.lastUpdated),
  )) {
    images.push({
      name: CHART_IMAGE.funding(image.currency),
      title: labels.bars.title(image.currency),
      svg: image.svg,
    });
  }
  return images;
}
