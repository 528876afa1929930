/**
 * The readability of each page: its LIX, its longest sentences, and the text
 * it is computed from, read from the content as editors wrote it.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { CollectionName } from '../schemas.ts';
import { fileLine, parseBody } from './content-source/mdx-tree.ts';
import { entryPage } from './content-source/site-map.ts';
import type { SourceEntry } from './content-source/source.ts';
import { countBlocks, lixOf, sentencesOf, wordsOf, type LixCounts } from './lix.ts';
import { paths } from './paths.ts';

/** A block of text a reader reads as a unit, with the line it starts on. */
export interface TextBlock {
  text: string;
  line: number;
}

/** One page's readability. */
export interface PageReadability extends LixCounts {
  /** Root-relative path of the page, e.g. `/riktlinjer/uppfoljning/`. */
  page: string;
  /** The collection the text comes from. */
  collection: CollectionName;
  /** The source file, or files for the glossary and the documents page. */
  file: string;
  lix: number;
  /** The longest sentences, longest first. */
  longest: { text: string; words: number; file: string; line: number }[];
  blocks: TextBlock[];
}

/** Blocks of an MDX body. The lists `<Ansvar>` and `<Insatser>` make are data, not the editor's prose, and are left out. */
export function bodyBlocks(entry: SourceEntry, termText: (id: string) => string | undefined): TextBlock[] {
  const tree = entry.body ? parseBody(entry).tree : undefined;
  if (!tree) return [];
  const blocks: TextBlock[] = [];
  visit(tree as Root, (node: Root | RootContent) => {
    if (node.type === 'code' || node.type === 'mdxjsEsm') return 'skip';
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Ansvar' || node.name === 'Insatser'))
      return 'skip';
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push({ text: blockText(node, termText), line: fileLine(entry, node) });
      return 'skip';
    }
    return undefined;
  });
  return blocks.filter((block) => block.text.trim());
}

/** The text of a block as a reader sees it: a `<Begrepp term="x" />` without text shows the term. */
function blockText(node: RootContent, termText: (id: string) => string | undefined): string {
  const parts: string[] = [];
  visit(node, (child: RootContent) => {
    if (child.type === 'text' || child.type === 'inlineCode') parts.push(child.value);
    if (child.type === 'mdxJsxTextElement' && child.name === 'Begrepp' && child.children.length === 0) {
      const term = child.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'term');
      parts.push(termText(typeof term?.value === 'string' ? term.value : '') ?? '');
    }
    if (child.type === 'break') parts.push(' ');
  });
  return parts.join('') || toString(node);
}

/** Readability of a page from its blocks. */
export function pageReadability(page: string, collection: CollectionName, file: string, blocks: TextBlock[], longest = 3): PageReadability {
  const counts = countBlocks(blocks.map((block) => block.text));
  const sentences = blocks.flatMap((block) =>
    sentencesOf(block.text).map((text) => ({ text, words: wordsOf(text).length, file, line: block.line })),
  );
  sentences.sort((a, b) => b.words - a.words);
  return { page, collection, file, ...counts, lix: lixOf(counts), longest: sentences.slice(0, longest), blocks };
}

/**
 * The readability of every page made from the content: one per entry with a
 * page (title, summary or description, and body), and the glossary page, whose
 * text is every term's definition.
 */
export function siteReadability(entries: readonly SourceEntry[], longest = 3): PageReadability[] {
  const data = (entry: SourceEntry) => (entry.data ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const terms = new Map(entries.filter((entry) => entry.collection === 'ordlista').map((entry) => [entry.id, text(data(entry).term)]));
  const lead = (entry: SourceEntry, ...fields: string[]): TextBlock[] =>
    fields.map((field) => ({ text: text(data(entry)[field]), line: entry.lineOf([field]) })).filter((block) => block.text);

  const pages: PageReadability[] = [];
  for (const entry of entries) {
    const page = entryPage[entry.collection];
    if (!page || entry.syntaxError || entry.ignoredExtension) continue;
    // A document's stored text is the source's own words, quoted: not the site's language to judge.
    const blocks = [...lead(entry, 'title', 'name', 'summary', 'description', 'locator'), ...bodyBlocks(entry, (id) => terms.get(id))];
    pages.push(pageReadability(page(entry.id), entry.collection, entry.file, blocks, longest));
  }
  const listPage = (collection: CollectionName, path: string, fields: string[]) => {
    const members = entries.filter((entry) => entry.collection === collection && !entry.syntaxError);
    if (members.length === 0) return;
    const blocks = members.flatMap((entry) => lead(entry, ...fields).map((block) => ({ ...block, file: entry.file })));
    const result = pageReadability(path, collection, `content/${collection}/`, blocks, longest);
    // Each sentence keeps the file it came from.
    result.longest = blocks
      .flatMap((block) =>
        sentencesOf(block.text).map((sentence) => ({
          text: sentence,
          words: wordsOf(sentence).length,
          file: block.file,
          line: block.line,
        })),
      )
      .sort((a, b) => b.words - a.words)
      .slice(0, longest);
    pages.push(result);
  };
  listPage('ordlista', paths.glossary, ['term', 'definition']);
  return pages;
}
