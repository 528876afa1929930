/**
 * /ansvar/ansvarsmatris.csv: the responsibility matrix as a file for Swedish
 * Excel, written at build from the same data as the page.
 */
import type { APIRoute } from 'astro';
import { paths } from '../../lib/paths';
import { publishedFileAt } from '../../lib/published-files';

export const GET: APIRoute = async () => {
  const { body } = await publishedFileAt(paths.matrixCsv);
  return new Response(body, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
