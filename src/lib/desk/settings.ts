/**
 * Which backend the desk uses, from the environment of the build (or of
 * `npm run edit`): one setting each, documented in the README.
 *
 * - DESK_PROXY_URL: Decap's local proxy, set by `npm run edit` (writes the working tree);
 * - DESK_REPO (`owner/name`), DESK_BRANCH (default main), DESK_AUTH_URL and
 *   DESK_AUTH_ENDPOINT (the OAuth service that signs editors in, when the host is not Netlify);
 * - DESK_CONTENT_FOLDER: the content folder relative to the repository root (default `content`).
 */
import type { DeskBackend } from './deskConfig.ts';

export interface DeskSettings {
  /** Undefined when the desk is not switched on for this build. */
  readonly backend?: DeskBackend;
  readonly contentFolder: string;
}

const REPO = /^[\w.-]+\/[\w.-]+$/;

/** Reads the desk's settings; throws on a repository that is not `owner/name`. */
export function deskSettings(env: Readonly<Record<string, string | undefined>>): DeskSettings {
  const contentFolder =
    (env.DESK_CONTENT_FOLDER ?? 'content').replace(/^\.\/|\/$/g, '') || 'content';
  if (env.DESK_PROXY_URL)
    return { contentFolder, backend: { kind: 'local', target: env.DESK_PROXY_URL } };
  const repo = env.DESK_REPO?.trim();
  if (!repo) return { contentFolder };
  if (!REPO.test(repo))
    throw new Error(
      `DESK_REPO is "${repo}"; expected the GitHub repository as owner/name, such as mss-tracker/site`,
    );
  return {
    contentFolder,
    backend: {
      kind: 'github',
      target: repo,
      branch: env.DESK_BRANCH || 'main',
      authBaseUrl: env.DESK_AUTH_URL || undefined,
      authEndpoint: env.DESK_AUTH_ENDPOINT || undefined,
    },
  };
}
