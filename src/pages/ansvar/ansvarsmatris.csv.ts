/**
 * /ansvar/ansvarsmatris.csv: the responsibility matrix as a file for Swedish
 * Excel, written at build from the same data as the page.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/collections';
import { matrixCsv } from '../../lib/matrix-csv';
import { matrixCsvLookups, matrixView } from '../../lib/matrix-view';

export const GET: APIRoute = async () => {
  const data = await siteData();
  const { matrix } = matrixView(data);
  const csv = matrixCsv(matrix, matrixCsvLookups(data));
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
