/**
 * The components editors may use in MDX without importing them. Every page
 * that renders MDX passes these to `<Content components={mdxComponents} />`;
 * the names are listed for the build in `editorComponentNames`.
 */
import type { EditorComponentName, ReplacedElementName } from '../../lib/editor-components';
import Ansvar from './Ansvar.astro';
import Begrepp from './Begrepp.astro';
import Citat from './Citat.astro';
import ContentImage from './ContentImage.astro';
import Faktaruta from './Faktaruta.astro';
import Faltreferens from './Faltreferens.astro';
import Forklaring from './Forklaring.astro';
import Insatser from './Insatser.astro';
import Kontaktvagar from './Kontaktvagar.astro';

const editorComponents = { Ansvar, Begrepp, Citat, Faktaruta, Faltreferens, Forklaring, Insatser, Kontaktvagar } satisfies Record<
  EditorComponentName,
  unknown
>;

const replacedElements = { img: ContentImage } satisfies Record<ReplacedElementName, unknown>;

/** The editor components, and the components that render Markdown's own elements (`![alt](src)`). */
export const mdxComponents = { ...editorComponents, ...replacedElements };
