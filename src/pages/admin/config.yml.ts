/** /admin/config.yml: the desk's configuration, generated from the content schemas (src/lib/desk/). */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { currentDeskConfig } from '@/lib/desk/env.ts';

export const GET: APIRoute = () => {
  const config = currentDeskConfig(import.meta.env.SITE);
  if (!config)
    return new Response(
      '# The desk is not switched on for this build: see the README, "The editor\'s desk".\n',
      { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } },
    );
  return new Response(
    `# Generated from src/schemas/ by src/lib/desk/ at build time: edit the schemas, not this file.\n${stringify(config, { lineWidth: 0 })}`,
    {
      headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
    },
  );
};
