/**
 * The components editors may use in MDX without importing them. Every page
 * that renders MDX passes these to `<Content components={mdxComponents} />`;
 * the names are listed for the build in `editorComponentNames`.
 */
import type { EditorComponentName } from '../../lib/editor-components';
import Ansvar from './Ansvar.astro';
import Begrepp from './Begrepp.astro';
import Faktaruta from './Faktaruta.astro';
import Insatser from './Insatser.astro';

export const mdxComponents = { Ansvar, Begrepp, Faktaruta, Insatser } satisfies Record<EditorComponentName, unknown>;
