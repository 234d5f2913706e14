/**
 * Render-time mdast plugin for the default (Sätteri) markdown processor: links
 * the first mention of each entity in an article body to the entity's page,
 * Wikipedia-style; later mentions stay plain text. Mentions inside headings,
 * links and code are left alone (code is not a text node, so never visited).
 */
import type { MdastPluginDefinition, MdastTarget, MdastVisitorContext } from 'satteri';
import type { Link, PhrasingContent, Text } from 'mdast';
import { urlSkips, type MentionMatcher } from '@/lib/entities/mentions.ts';

export interface MentionLinkOptions {
  readonly matcher: MentionMatcher;
  /** URL of an entity's page. */
  readonly hrefOf: (id: string) => string;
  /** Display name, used as the link's title. */
  readonly nameOf: (id: string) => string;
  /**
   * Changes whenever entity names change. Astro hashes its config to decide
   * whether cached renders are stale, so a new alias re-renders every article.
   */
  readonly digest: string;
  /**
   * The entities the document being rendered mentions, when the caller already
   * knows them (the content loader stores each article's first mentions); the
   * plugin then skips its own scan of the whole source.
   */
  readonly mentioned?: () => ReadonlySet<string> | undefined;
}

const NO_LINKS_INSIDE = new Set(['heading', 'link', 'linkReference']);
const LINKED = 'mentionLinksDone';
const TO_LINK = 'mentionLinksToLink';
const OWN_ENTITY = /\/entities\/(?:.*\/)?([^/]+)\.md$/;

function insideNoLinkZone(node: Readonly<Text>, context: MdastVisitorContext): boolean {
  let parent: Readonly<MdastTarget> | undefined = context.parent(node);
  while (parent) {
    if (NO_LINKS_INSIDE.has(parent.type)) return true;
    parent = context.parent(parent);
  }
  return false;
}

/** Creates the plugin; `digest` is kept on it so Astro's config hash sees entity changes. */
export function mentionLinks(
  options: MentionLinkOptions,
): MdastPluginDefinition & { digest: string } {
  return {
    name: 'mss-mention-links',
    digest: options.digest,
    before(_root, context) {
      // An entity's own page never links to itself.
      const own = context.fileURL ? OWN_ENTITY.exec(context.fileURL.pathname)?.[1] : undefined;
      context.data[LINKED] = new Set<string>(own ? [own] : []);
      // Entities still to link, from one scan of the whole source: once every one
      // is linked, the remaining text nodes of the document return at once.
      const toLink = new Set(
        options.mentioned?.() ?? options.matcher.find(context.source).map((mention) => mention.id),
      );
      if (own) toLink.delete(own);
      context.data[TO_LINK] = toLink;
    },
    text(node, context) {
      const linked = context.data[LINKED] as Set<string>;
      const toLink = context.data[TO_LINK] as Set<string>;
      if (toLink.size === 0) return;
      const mentions = options.matcher
        .find(node.value, urlSkips(node.value))
        .filter((mention) => !linked.has(mention.id));
      if (mentions.length === 0 || insideNoLinkZone(node, context)) return;
      const parts: PhrasingContent[] = [];
      let cursor = 0;
      for (const mention of mentions) {
        if (linked.has(mention.id)) continue;
        linked.add(mention.id);
        toLink.delete(mention.id);
        if (mention.start > cursor)
          parts.push({ type: 'text', value: node.value.slice(cursor, mention.start) });
        const link: Link = {
          type: 'link',
          url: options.hrefOf(mention.id),
          title: options.nameOf(mention.id),
          children: [{ type: 'text', value: node.value.slice(mention.start, mention.end) }],
        };
        parts.push(link);
        cursor = mention.end;
      }
      if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
      context.replaceNode(node, parts);
    },
  };
}
