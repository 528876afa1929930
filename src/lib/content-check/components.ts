import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { problem, problemText } from '../../i18n/problems.ts';
import { interventionKinds } from '../../schemas.ts';
import { checkedProps, editorComponentNames, propProblem, type CheckedComponent, type EditorComponentName } from '../editor-components.ts';
import { visitBodies } from '../content-source/mdx-tree.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';
import { nearest } from './suggest.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** What each editor component accepts: its own props, and whether it shows the text written inside it. */
const componentUsage = {
  Ansvar: { props: ['aktor'], showsChildren: false },
  Insatser: { props: ['typ'], showsChildren: false },
  Begrepp: { props: ['term'], showsChildren: true },
  Faktaruta: { props: ['rubrik'], showsChildren: true },
  Forklaring: { props: ['rubrik'], showsChildren: true },
  Citat: { props: ['id'], showsChildren: false },
  Kontaktvagar: { props: ['aktor'], showsChildren: false },
  Faltreferens: { props: [], showsChildren: false },
} as const satisfies Record<EditorComponentName, { props: readonly string[]; showsChildren: boolean }>;

/** HTML attributes every component passes on to its element (`...attrs`). */
const GLOBAL_ATTRIBUTES = new Set(['class', 'id', 'lang', 'title', 'role']);
const isGlobalAttribute = (name: string) => GLOBAL_ATTRIBUTES.has(name) || /^(aria|data)-/.test(name);

/** The components an editor may use, for the messages that list them. */
const COMPONENT_NAMES = [...editorComponentNames].sort().join(', ');

/** The literal text of an attribute; `null` when it is an expression the checker cannot read, `undefined` when absent. */
function attributeValue(element: JsxElement, name: string): string | null | undefined {
  const attribute = element.attributes.find((item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name);
  if (!attribute) return undefined;
  if (attribute.value === null || attribute.value === undefined) return '';
  if (typeof attribute.value === 'string') return attribute.value;
  const literal = /^\s*(["'])(.*)\1\s*$/.exec(attribute.value.value);
  return literal ? literal[2]! : null;
}

/** The opening tag as the editor wrote it, shortened to its literal attributes: `<Ansvar aktor="socialnamden" />`. */
function usage(element: JsxElement): string {
  const attributes = element.attributes
    .filter((item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute')
    .map((item) => (typeof item.value === 'string' ? `${item.name}="${item.value}"` : item.name));
  return `<${[element.name, ...attributes].join(' ')}${element.children.length > 0 ? '>' : ' />'}`;
}

/** Every problem with one use of a component, in the order an editor fixes them. */
function elementProblems(
  element: JsxElement,
  valid: Record<CheckedComponent, readonly string[] | undefined>,
): { message: string; fix: string }[] {
  const name = element.name!;
  if (!(editorComponentNames as readonly string[]).includes(name)) {
    const suggestion = nearest(name, editorComponentNames);
    const hint = suggestion ? problemText('hint.didYouMeanTag', { suggestion }) : undefined;
    return [problem('component.unknown', { name, names: COMPONENT_NAMES }, hint)];
  }
  const component = name as EditorComponentName;
  const { props, showsChildren } = componentUsage[component];
  const problems: { message: string; fix: string }[] = [];
  const guessed = new Set<string>();
  for (const attribute of element.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type !== 'mdxJsxAttribute' || (props as readonly string[]).includes(attribute.name) || isGlobalAttribute(attribute.name))
      continue;
    const suggestion = nearest(attribute.name, props);
    if (suggestion) guessed.add(suggestion);
    const values = { component, attribute: attribute.name, props: props.map((prop) => `${prop}="…"`).join(', ') };
    problems.push(problem('component.unknownProp', values, suggestion ? problemText('hint.didYouMeanProp', { suggestion }) : undefined));
  }
  // A list of valid values is missing when its source could not be read (a broken document): that error is reported already.
  const known = component in checkedProps ? valid[component as CheckedComponent] : undefined;
  if (known) {
    const checked = component as CheckedComponent;
    const value = attributeValue(element, checkedProps[checked].prop);
    const missingButGuessed = value === undefined && guessed.has(checkedProps[checked].prop);
    const problem = value === null || missingButGuessed ? undefined : propProblem(checked, value, known);
    if (problem) problems.push(problem);
  }
  if (!showsChildren && element.children.length > 0) {
    problems.push(problem('component.hiddenText', { component }));
  }
  return problems;
}

/**
 * Checks every JSX tag in the MDX bodies: a capitalised tag must be one of the
 * editor components in `src/components/mdx/`, used with the props it takes,
 * and the props that name something (`aktor`, `typ`, `term`, `id`) must name
 * something that exists. Tags shown as code are text, not components. An
 * `import` or `export` is refused, since editors' components need none.
 */
export function componentProblems(
  entries: readonly SourceEntry[],
  ids: { aktorer: readonly string[]; ordlista: readonly string[]; quotes: readonly string[] | undefined },
): ContentProblem[] {
  const valid: Record<CheckedComponent, readonly string[] | undefined> = {
    Ansvar: ids.aktorer,
    Insatser: interventionKinds,
    Begrepp: ids.ordlista,
    Citat: ids.quotes,
    Kontaktvagar: ids.aktorer,
  };
  const problems: ContentProblem[] = [];
  visitBodies(entries, (node, entry, line) => {
    if (node.type === 'mdxjsEsm') {
      problems.push({ file: entry.file, line, ...problem('component.import', { names: COMPONENT_NAMES }) });
      return;
    }
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name || !/^[A-Z]/.test(node.name)) return;
    for (const problem of elementProblems(node, valid)) {
      problems.push({ file: entry.file, line, message: `${usage(node)}: ${problem.message}`, fix: problem.fix });
    }
  });
  return problems;
}
