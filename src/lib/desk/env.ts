/** The desk's settings for this build or dev server, and the schema sources its hints come from. */
import { makeDeskConfig } from './index.ts';
import { deskSettings } from './settings.ts';

const schemaSources = Object.values(
  import.meta.glob<string>('/src/schemas/*.ts', { query: '?raw', import: 'default', eager: true }),
);

/** The desk's settings: GITHUB_REPOSITORY (set by GitHub Actions) stands in for DESK_REPO. */
export const DESK = deskSettings({
  ...process.env,
  DESK_REPO: process.env.DESK_REPO ?? process.env.GITHUB_REPOSITORY,
});

/** Decap's configuration, or undefined when the desk is not switched on for this build. */
export function currentDeskConfig(siteUrl?: string): Record<string, unknown> | undefined {
  const backend = DESK.backend;
  return backend ? makeDeskConfig({ ...DESK, backend }, schemaSources, siteUrl) : undefined;
}
