import type { APIRoute } from 'astro';
import { loadSiteData } from '@/build/siteData.ts';
import { jsonResponse } from './_download.ts';

/** Every entity with its mention count and related entity ids. */
export const GET: APIRoute = async () => {
  const { entities, entityIndex } = await loadSiteData();
  const records = [...entities.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      id,
      name: data.name,
      kind: data.kind,
      aliases: data.aliases,
      description: data.description ?? null,
      country: data.country ?? null,
      wikidata: data.wikidata ?? null,
      mention_count: entityIndex.mentionCount(id),
      related: entityIndex.relatedOf(id).map((related) => related.id),
    }));
  return jsonResponse(records);
};
