/**
 * The page `npm run dev` answers every page request with while the content
 * has problems, in place of Astro's English error page: the checker's report
 * as a small, accessible Swedish page.
 */
import { problemText } from '../i18n/problems.ts';
import type { ContentProblem } from './content-check/index.ts';

/** Escapes text for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** One problem as a list item: where, what, and how to fix it. */
function problemItem({ file, line, field, message, fix }: ContentProblem): string {
  const what = `${field ? `${field}: ` : ''}${message}`;
  return [
    '<li>',
    `<p><code>${escapeHtml(`${file}:${line}`)}</code> — ${escapeHtml(what)}</p>`,
    `<p><strong>${escapeHtml(problemText('report.fixLabel'))}</strong> ${escapeHtml(fix)}</p>`,
    '</li>',
  ].join('\n');
}

/**
 * The whole page, problems in file and line order (like the terminal report).
 * @param viteClient address of Vite's client script, which reloads the page when the dev server says so
 * @example devReportPage([{ file: 'content/insatser/nattvandring.mdx', line: 4, message: '…', fix: '…' }], '/@vite/client')
 */
export function devReportPage(problems: readonly ContentProblem[], viteClient: string): string {
  const title = problemText('dev.title');
  const intro = problems.length === 1 ? problemText('dev.intro.one') : problemText('dev.intro.other', { count: problems.length });
  const items = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line).map(problemItem);
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<script type="module" src="${escapeHtml(viteClient)}"></script>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(intro)}</p>
<ol>
${items.join('\n')}
</ol>
</main>
</body>
</html>
`;
}
