/**
 * Swedish words that carry no content in a search: question words, pronouns,
 * prepositions, conjunctions and the most common auxiliary verbs. Pagefind
 * wants every word of a query on the page, so `vem ansvarar för lägesbilden`
 * would find nothing while `vem` is in it; the planner leaves these out when
 * the query has other words.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // question words
  ...['vem', 'vilka', 'vilken', 'vilket', 'vad', 'hur', 'när', 'var', 'varför', 'vart'],
  // pronouns and articles
  ...['jag', 'du', 'vi', 'ni', 'man', 'den', 'det', 'de', 'dem', 'en', 'ett', 'min', 'mitt', 'mina', 'vår', 'vårt', 'våra', 'sig', 'oss'],
  // prepositions and conjunctions
  ...['av', 'för', 'från', 'i', 'med', 'om', 'på', 'till', 'åt', 'och', 'eller', 'att', 'som', 'när', 'så', 'vid', 'under', 'efter'],
  // auxiliaries and empty verbs
  ...['är', 'ska', 'skall', 'kan', 'får', 'måste', 'bör', 'har', 'hade', 'blir', 'göra', 'gör', 'ta', 'tas', 'fram', 'finns'],
]);
