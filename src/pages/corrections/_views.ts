/** The corrections as the page and its feed show them. */
import type { SiteData } from '@/build/siteData.ts';
import { correctionView, type CorrectionView } from '@/view/corrections.ts';
import type { Catalogue } from '@/i18n/en.ts';

export function correctionViews(site: SiteData, labels: Catalogue): CorrectionView[] {
  const context = {
    nameOf: site.nameOf,
    articleTitle: (slug: string) => site.articleBySlug.get(slug)?.data.title,
    figureExists: site.figureExists,
  };
  return site.corrections.map((correction) => correctionView(correction, context, labels));
}
