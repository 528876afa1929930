/**
 * Rules for the content that are settings rather than code: which contact
 * details may be published, and the limits of the plain-language report.
 * Editors change this file in a pull request like any content.
 */

/**
 * E-mail addresses that belong to a function, not a person, and so may be
 * published even when they look like `förnamn.efternamn@…`. Lower case.
 * @example ['registrator.slk@stockholm.se']
 */
export const functionalEmails: readonly string[] = [];

/**
 * Phone numbers that belong to a function (a switchboard, a helpline), written
 * as digits only with the leading 0: `08-123 45 67` is `081234567`.
 */
export const functionalPhoneNumbers: readonly string[] = [];

/** The plain-language report (`npm run lix`) and the build's warnings. */
export const readability = {
  /** The build warns for each page whose LIX is above this: 45 is the project's limit for plain Swedish (40–50 is "medelsvår"). */
  lixWarning: 45,
  /** How many of the longest sentences the report lists per page. */
  longestSentences: 3,
  /** A word this long or longer is a candidate for the glossary when it is not in it. */
  glossaryWordLength: 12,
  /** …and when it occurs at least this many times in all the content… */
  glossaryMinOccurrences: 3,
  /** …on at least this many pages. */
  glossaryMinPages: 2,
  /** Long words that need no glossary entry, in lower case: everyday words, and names of the site's own pages. */
  glossaryIgnore: [
    'organisationen',
    'verksamheter',
    'mötesplatser',
    'sammanfattar',
    'sammanställer',
    'uppdelningen',
    'övergripande',
    'huvudsakliga',
    'förändringar',
    'myndigheterna',
    'kontaktvägar',
    'brottsligheten',
    'kriminalitet',
    'ansvarsmatrisen',
    'webbplatsens',
  ] as readonly string[],
} as const;
