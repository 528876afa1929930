/**
 * "Redigera den här sidan": the address of a content file in the git host's
 * web editor, so an editor who knows Word but not git can change a page in the
 * browser and open a pull request from there.
 */

/** The git hosts whose web editors the site links to. */
export const gitHosts = ['github', 'gitlab', 'gitea'] as const;
export type GitHost = (typeof gitHosts)[number];

/** Where the content can be edited: the repository's web address, its branch and the kind of host. */
export interface EditSettings {
  repository: string;
  branch: string;
  host: GitHost;
}

/** Each host's path to the web editor for a file on a branch. */
const EDITOR_PATHS: Record<GitHost, (branch: string, file: string) => string> = {
  github: (branch, file) => `edit/${branch}/${file}`,
  gitlab: (branch, file) => `-/edit/${branch}/${file}`,
  gitea: (branch, file) => `_edit/${branch}/${file}`,
};

/**
 * The web editor's address for a file of the repository, or `undefined` when
 * no repository is set.
 * @example editUrl({ repository: 'https://github.com/stockholm/riktlinjer', branch: 'main', host: 'github' }, 'content/insatser/nattvandring.mdx')
 * // 'https://github.com/stockholm/riktlinjer/edit/main/content/insatser/nattvandring.mdx'
 */
export function editUrl(settings: EditSettings | undefined, file: string): string | undefined {
  if (!settings) return undefined;
  const path = file
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
  return `${settings.repository.replace(/\/+$/, '')}/${EDITOR_PATHS[settings.host](encodeURIComponent(settings.branch), path)}`;
}
