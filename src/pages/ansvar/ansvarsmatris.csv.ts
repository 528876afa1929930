/**
 * /ansvar/ansvarsmatris.csv: the responsibility matrix as a file for Swedish
 * Excel, written at build from the same data as the page.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/collections';
import { matrixCsv } from '../../lib/matrix-csv';
import { matrixView } from '../../lib/matrix-view';

export const GET: APIRoute = async () => {
  const data = await siteData();
  const { matrix } = matrixView(data);
  return new Response(matrixCsv(matrix, (id) => data.actor(id).data.name), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
