/**
 * Finds names on a page without the test holding the names themselves: the
 * officials named in the source statement are known here only by the SHA-256
 * of their surname in lower case, so the repository never reveals them.
 */
import { createHash } from 'node:crypto';

/** SHA-256 of the surnames of the officials the source statement names (lower case). */
export const OFFICIALS_SURNAMES: ReadonlySet<string> = new Set([
  '8fe31c1679224481889ed688b8cdade23ca8428e12e26529c2a1c4d58b3bce04',
  'f7c7efe8064f349b100912f52baa88b3a6e470817ed2cc7d329f517f882d4a3c',
  '953ebcc77dc4d9331912f67e0b98d5546683f1bbdd86570a49e7b14cd995e7f3',
  '20a4611836d9648a53789efa3d70565eedee2991e9227dcbc95c750ca602a0be',
]);

/** The SHA-256 of a word in lower case, as the sets above hold it. */
export const wordHash = (word: string): string => createHash('sha256').update(word.toLocaleLowerCase('sv-SE')).digest('hex');

/**
 * The words of `text` whose hash is in `names`, each once.
 * @example hashedNamesIn('Kontakta Anna Svensson.', new Set([wordHash('svensson')])) // ['Svensson']
 */
export function hashedNamesIn(text: string, names: ReadonlySet<string>): string[] {
  const words = new Set(text.match(/\p{L}+/gu) ?? []);
  return [...words].filter((word) => names.has(wordHash(word)));
}
