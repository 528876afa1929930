/**
 * The reference the 1 000-page target was set against (#16: "about 0.7×
 * Starlight's time in the same run"): an Astro Starlight site with as many
 * generated pages, built with the same Astro and Node beside the corpus, one
 * build after the other. A machine that is slower at one moment is slower for
 * both, so the ratio says more than either time alone.
 *
 * The site is Starlight's own set-up (its docs collection, Pagefind search,
 * sitemap), built twice: as Starlight comes, the reference of the issue, whose
 * sidebar lists every page on every page (at 1 000 pages each page is about
 * 190 KB, eight times a corpus page), and with a sidebar of one link, pages
 * of about the corpus' size, which is the fairer comparison and a much faster
 * build. Starlight is installed from the npm registry on first use, outside
 * the project's own dependencies (`bench/starlight/`, which git ignores).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actorPool, aspects, Dice, paragraph, topics } from '../corpus/swedish.ts';

/** Starlight's version, pinned so that runs on different days build the same reference. */
export const STARLIGHT_VERSION = '0.42.4';

/** The two ways the reference is built, and their names in the report. */
export const STARLIGHT_VARIANTS = {
  standard: 'Starlight som den kommer (sidomeny med alla sidor)',
  lean: 'Starlight med en länk i sidomenyn',
} as const;
export type StarlightVariant = keyof typeof STARLIGHT_VARIANTS;

/** A Starlight site ready to build: its folder and the command that builds it. */
export interface ReferenceSite {
  root: string;
  command: string[];
  /** Removes the last build's output and caches, so that the next build is clean, and sets the sidebar. */
  prepareBuild(variant: StarlightVariant): void;
}

const config = (variant: StarlightVariant) => `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://referens.example',
  integrations: [
    starlight({
      title: 'Referens',
      defaultLocale: 'root',
      locales: { root: { label: 'Svenska', lang: 'sv' } },${variant === 'lean' ? "\n      sidebar: [{ label: 'Start', link: '/' }]," : ''}
    }),
  ],
});
`;

const versionOf = (packageJson: string) => (existsSync(packageJson) ? (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version : '');

const pageId = (index: number) => `sida-${String(index).padStart(5, '0')}`;

/** One generated page: a title and three sections of paragraphs and a list of links, about the size of a corpus section. */
function page(dice: Dice, index: number, pages: number): string {
  const title = `${dice.pick(topics)}: ${dice.pick(aspects)} (${index})`;
  const actors = dice.some([...actorPool.stadsledning, ...actorPool.facknamnd], 4);
  const sections = Array.from(
    { length: 3 },
    (_, section) =>
      `## Del ${section + 1}\n\n${paragraph(dice, actors)}\n\n${paragraph(dice, actors)}\n\n${actors
        .slice(0, 3)
        .map((actor) => `- ${actor}: [läs mer](/sidor/${pageId(dice.int(1, pages))}/)`)
        .join('\n')}`,
  );
  // JSON strings are YAML strings, whatever they hold.
  const description = `${paragraph(dice, actors).split('. ')[0]}.`;
  return `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${sections.join('\n\n')}\n`;
}

/**
 * Installs Starlight (once) in `bench/starlight/` of `projectRoot`, with the
 * project's own Astro version, and writes `pages` generated MDX pages. Throws
 * when the npm registry cannot be reached.
 */
export function prepareStarlight(projectRoot: string, pages: number): ReferenceSite {
  const root = path.join(projectRoot, 'bench/starlight');
  const astroVersion = versionOf(path.join(projectRoot, 'node_modules/astro/package.json'));
  mkdirSync(root, { recursive: true });
  const installed =
    versionOf(path.join(root, 'node_modules/astro/package.json')) === astroVersion &&
    versionOf(path.join(root, 'node_modules/@astrojs/starlight/package.json')) === STARLIGHT_VERSION;
  if (!installed) {
    writeFileSync(
      path.join(root, 'package.json'),
      JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION } }),
    );
    // npm's own script when the bench runs under `npm run`, with the Node that runs the bench.
    const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
    const install = spawnSync(npm[0]!, [...npm.slice(1), 'install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`npm install @astrojs/starlight@${STARLIGHT_VERSION} misslyckades:\n${install.stderr}`);
  }
  const docs = path.join(root, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(path.join(docs, 'sidor'), { recursive: true });
  writeFileSync(
    path.join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(path.join(docs, 'index.mdx'), '---\ntitle: Referens\ndescription: En Starlight-webbplats att jämföra bygget med.\n---\n\nStartsidan.\n');
  const dice = new Dice(1);
  for (let index = 1; index <= pages; index++) writeFileSync(path.join(docs, 'sidor', `${pageId(index)}.mdx`), page(dice, index, pages));
  return {
    root,
    command: [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    prepareBuild: (variant) => {
      for (const folder of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(path.join(root, folder), { recursive: true, force: true });
      writeFileSync(path.join(root, 'astro.config.mjs'), config(variant));
    },
  };
}
