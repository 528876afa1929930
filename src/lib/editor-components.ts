/**
 * The components editors may use in MDX without importing them, and the
 * validation of the props that name something in the content. An unknown
 * value stops the build with a Swedish message that names the file, the line,
 * the prop, the bad value and the valid values.
 */
import { problem, problemText, type ProblemKey } from '../i18n/problems.ts';
import { closest } from './content-check/suggest.ts';

/** Component names editors write in MDX, e.g. `<Ansvar aktor="socialnamnden" />`. */
export const editorComponentNames = [
  'Ansvar',
  'Insatser',
  'Begrepp',
  'Faktaruta',
  'Forklaring',
  'Citat',
  'Kontaktvagar',
  'Faltreferens',
] as const;
export type EditorComponentName = (typeof editorComponentNames)[number];

/**
 * HTML elements of Markdown that a component renders instead (`src/components/mdx/index.ts`):
 * `![alt](src)` becomes `<ContentImage>`. The MDX compiler must leave them as elements when it
 * turns the static rest of a page into one HTML string (`optimize` in astro.config.mjs).
 */
export const replacedElementNames = ['img'] as const;
export type ReplacedElementName = (typeof replacedElementNames)[number];

/**
 * The prop the build adds to every editor component (see `hast-component-source.ts`):
 * where it is used, as `file:line:column`. Editors never write it.
 */
export const SOURCE_PROP = 'mdxSource';

/** The prop of each component that must name something that exists, what an unknown value is called and where valid values come from. */
export const checkedProps = {
  Ansvar: { prop: 'aktor', unknown: 'noun.unknown.aktorer', definedIn: 'noun.definedIn.actors' },
  Insatser: { prop: 'typ', unknown: 'noun.unknown.interventionKind', definedIn: 'noun.definedIn.interventionKinds' },
  Begrepp: { prop: 'term', unknown: 'noun.unknown.ordlista', definedIn: 'noun.definedIn.terms' },
  Citat: { prop: 'id', unknown: 'noun.unknown.quote', definedIn: 'noun.definedIn.quotes' },
  Kontaktvagar: { prop: 'aktor', unknown: 'noun.unknown.aktorer', definedIn: 'noun.definedIn.actors', optional: true },
} as const satisfies Partial<Record<EditorComponentName, { prop: string; unknown: ProblemKey; definedIn: ProblemKey; optional?: boolean }>>;
export type CheckedComponent = keyof typeof checkedProps;

/** Where a component is used, read from its source prop. */
export interface UseSite {
  file: string;
  line: number;
  column: number;
}

/**
 * Reads the `file:line:column` the build adds to a component.
 * @example parseUseSite('content/riktlinjer/uppfoljning.mdx:12:5') // { file: 'content/riktlinjer/uppfoljning.mdx', line: 12, column: 5 }
 */
export function parseUseSite(source: unknown): UseSite | undefined {
  const match = typeof source === 'string' ? /^(.+):(\d+):(\d+)$/.exec(source) : null;
  return match ? { file: match[1]!, line: Number(match[2]), column: Number(match[3]) } : undefined;
}

/** What is wrong with a prop value and how to fix it; `undefined` when the value is valid. */
export function propProblem(
  component: CheckedComponent,
  value: unknown,
  valid: readonly string[],
): { message: string; fix: string } | undefined {
  const { prop, unknown, definedIn } = checkedProps[component];
  if (typeof value === 'string' && valid.includes(value)) return undefined;
  if (value === undefined && 'optional' in checkedProps[component]) return undefined;
  const sorted = [...valid].sort();
  const values = { component, prop, definedIn: problemText(definedIn), values: sorted.join(', ') };
  if (value === undefined || value === '') return problem('component.propMissing', { ...values, example: sorted[0] ?? '' });
  const text = String(value);
  const suggestion = closest(text, valid, 1)[0];
  const hint = suggestion ? problemText('hint.didYouMean', { suggestion }) : undefined;
  return problem('component.propUnknown', { ...values, unknown: problemText(unknown), value: text }, hint);
}

/**
 * Checks the prop a component was given and returns it; throws an error for
 * the build when it names nothing that exists.
 * @param where the component's source prop, or the page path when the source is unknown.
 * @example checkComponentProp('Ansvar', 'socialnamnden', actorIds, source) // 'socialnamnden'
 */
export function checkComponentProp(component: CheckedComponent, value: unknown, valid: readonly string[], where: unknown): string {
  const problem = propProblem(component, value, valid);
  if (!problem) return value as string;
  throw new Error(formatComponentProblem(component, value, problem, where));
}

/**
 * One problem as the build reports it.
 * @example
 * content/riktlinjer/roller-och-ansvar.mdx:42 — <Ansvar aktor="socialnamden" />: Okänd aktör "socialnamden".
 *   Så rättar du: Menade du "socialnamnden"? Giltiga värden (…): arbetsmarknadsnamnden, …
 */
export function formatComponentProblem(
  component: CheckedComponent,
  value: unknown,
  problem: { message: string; fix: string },
  where: unknown,
): string {
  const site = parseUseSite(where);
  const location = site
    ? `${site.file}:${site.line}`
    : typeof where === 'string' && where
      ? problemText('report.unknownFileOnPage', { page: where })
      : problemText('report.unknownFile');
  const usage = value === undefined ? `<${component} />` : `<${component} ${checkedProps[component].prop}="${String(value)}" />`;
  return `${location} — ${usage}: ${problem.message}\n  ${problemText('report.fixLabel')} ${problem.fix}`;
}
