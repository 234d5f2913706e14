import type { EventData } from '@/schemas/article.ts';
import type { EventArticle } from '@/lib/timeline/mergeEvents.ts';

/** A fake event with defaults; pass only what a test is about. */
export function fakeEvent(overrides: Partial<EventData> & Pick<EventData, 'date'>): EventData {
  return {
    title: `Event on ${overrides.date}`,
    kind: 'other',
    entities: [],
    inferred: false,
    translations: {},
    ...overrides,
  };
}

/** A fake article carrying events. */
export function fakeArticle(
  slug: string,
  published: string,
  events: EventData[],
  extra: Partial<EventArticle> = {},
): EventArticle {
  return {
    slug,
    file: `content/articles/${slug}.md`,
    title: `Article ${slug}`,
    published,
    events,
    ...extra,
  };
}
