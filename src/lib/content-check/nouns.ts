import type { CollectionName } from '../../schemas.ts';

/** "Unknown …" with the adjective in the noun's gender: "Okänd aktör", "Okänt begrepp". */
export const UNKNOWN_ENTRY: Record<CollectionName, string> = {
  installningar: 'Okänd inställning',
  dokument: 'Okänt dokument',
  aktorer: 'Okänd aktör',
  ordlista: 'Okänt begrepp',
  insatser: 'Okänd insats',
  ansvar: 'Okänd uppgift',
  riktlinjer: 'Okänt avsnitt',
  sidor: 'Okänd sida',
};
