/**
 * The files under /data/: each dataset as JSON with its JSON Schema, and the
 * interventions and glossary as CSV for Swedish Excel, written at build from
 * the same data as the pages (src/lib/open-data.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PublishedFile } from '../../lib/open-data';
import { paths } from '../../lib/paths';
import { publishedFiles } from '../../lib/published-files';

const contentTypes: Record<PublishedFile['format'], string> = {
  json: 'application/json; charset=utf-8',
  schema: 'application/schema+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export const getStaticPaths = (async () => {
  const files = await publishedFiles();
  return files
    .filter((file) => file.path.startsWith(paths.data))
    .map((file) => ({ params: { file: file.path.slice(paths.data.length) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PublishedFile }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': contentTypes[props.file.format] } });
