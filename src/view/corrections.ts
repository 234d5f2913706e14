/**
 * Corrections as readers see them: what was corrected (a country's deployed
 * figure, an event, a headline), each change in words ("count was 400, now
 * 450"), when, the commit message, and where the figure is now.
 */
import type { Catalogue } from '@/i18n/en.ts';
import type { SiteData } from '@/build/siteData.ts';
import type { Correction } from '@/lib/articles/corrections.ts';
import { paths } from '@/lib/routes.ts';
import { flowName } from '@/lib/figures/fundingSeries.ts';
import { fnv1a } from '@/lib/figures/figureId.ts';

export interface CorrectionView {
  readonly key: string;
  readonly date: string;
  readonly time: string;
  readonly kind: string;
  /** "Kenya (deployed)", an event's title, the headline. */
  readonly what: string;
  /** "count was 400, now 450; quote was “…”" */
  readonly changes: string;
  readonly message: string;
  readonly slug: string;
  /** The article's title today; undefined when the article is gone. */
  readonly articleTitle?: string;
  /** Site path of the figure (or the article) as it is now; undefined when gone. */
  readonly path?: string;
}

const QUOTE_LIMIT = 140;
const shorten = (text: string): string =>
  text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1).trimEnd()}…` : text;

/** What a figure is about, from its kind's identity ("kenya|deployed"). */
function figureAbout(
  correction: Correction,
  nameOf: (id: string) => string,
  labels: Catalogue,
): string {
  const parts = correction.about.split('|');
  switch (correction.list) {
    case 'deployments':
      return `${nameOf(parts[0]!)} (${labels.deploymentStatus[parts[1] as keyof Catalogue['deploymentStatus']] ?? parts[1]})`;
    case 'funding':
      return `${flowName({ donor: parts[0]!, recipient: parts[1] || undefined }, nameOf)} (${labels.fundingStatus[parts[2] as keyof Catalogue['fundingStatus']] ?? parts[2]})`;
    case 'mandates':
      return labels.format.labelled(
        nameOf(parts[0]!),
        labels.mandateAction[parts[1] as keyof Catalogue['mandateAction']] ?? parts[1],
      );
    default:
      return correction.about;
  }
}

/** The changes of one correction in words. */
export function changesText(correction: Correction, labels: Catalogue): string {
  const t = labels.corrections;
  const value = (field: string, text: string): string => {
    if (field === 'quote' || field === 'title') return labels.format.quoted(shorten(text));
    if ((field === 'date' || field === 'until') && /^\d{4}(-\d{2}){0,2}$/.test(text))
      return labels.format.partialDate(text);
    return /^\d+$/.test(text) ? labels.format.count(Number(text)) : text;
  };
  return labels.format.clauses(
    correction.changes.map((change) =>
      t.change(
        t.fields[change.field] ?? change.field,
        value(change.field, change.was),
        change.now === undefined ? undefined : value(change.field, change.now),
      ),
    ),
  );
}

export interface CorrectionContext {
  readonly nameOf: (id: string) => string;
  /** The article's title today; undefined when it is gone. */
  readonly articleTitle: (slug: string) => string | undefined;
  readonly figureExists: (slug: string, figureId: string) => boolean;
}

export function correctionView(
  correction: Correction,
  site: CorrectionContext,
  labels: Catalogue,
): CorrectionView {
  const title = site.articleTitle(correction.slug);
  // A figure corrected again since has another id now: link its article instead.
  const figureLives =
    correction.kind === 'figure' &&
    correction.figureId !== undefined &&
    site.figureExists(correction.slug, correction.figureId);
  return {
    // Safe in XML and in an id attribute: the feed's guid.
    key: `${correction.commit.slice(0, 12)}-${correction.slug}-${correction.figureId ?? fnv1a(`${correction.kind}\n${correction.about}`)}`,
    date: correction.date,
    time: correction.time,
    kind: labels.corrections.kinds[correction.kind],
    what:
      correction.list && correction.list !== 'events'
        ? figureAbout(correction, site.nameOf, labels)
        : correction.about,
    changes: changesText(correction, labels),
    message: correction.message,
    slug: correction.slug,
    articleTitle: title,
    path:
      title === undefined
        ? undefined
        : figureLives
          ? paths.figure(correction.slug, correction.figureId!)
          : paths.article(correction.slug),
  };
}

/** The corrections as the page and its feed show them. */
export function correctionViews(site: SiteData, labels: Catalogue): CorrectionView[] {
  const context = {
    nameOf: site.nameOf,
    articleTitle: (slug: string) => site.articleBySlug.get(slug)?.data.title,
    figureExists: site.figureExists,
  };
  return site.corrections.map((correction) => correctionView(correction, context, labels));
}

/** /corrections/: every correction, or why there are none to show (the build read no history). */
export type CorrectionsPageView =
  { readonly corrections: readonly CorrectionView[] } | { readonly unavailable: string };

export function correctionsPageView(site: SiteData, labels: Catalogue): CorrectionsPageView {
  return site.history.available
    ? { corrections: correctionViews(site, labels) }
    : { unavailable: site.history.reason };
}
