import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { Problem } from './problems.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One failing element of an axe violation. */
interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  summary: string;
  target: string;
  html: string;
}

/** Runs axe-core on the page as it is now; axe is added to the page once. */
async function runAxe(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    type Node = { target: string[]; html: string; failureSummary?: string };
    type Violation = { id: string; impact?: string; help: string; nodes: Node[] };
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } };
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.flatMap((violation) =>
      violation.nodes.map((node) => ({
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        // "Fix any of the following:\n  Element has insufficient color contrast of 3.1 …" → the reason itself.
        summary: (node.failureSummary ?? '')
          .split('\n')
          .slice(1)
          .map((line) => line.trim())
          .filter(Boolean)
          .join('; '),
        target: node.target.join(' '),
        html: node.html,
      })),
    );
  }, AXE_TAGS);
}

/**
 * Runs axe-core on the page as it is now and returns each violation as
 * "rule: selector, selector", so a failing test names what to fix.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const findings = await runAxe(page);
  const byRule = Map.groupBy(findings, (finding) => finding.rule);
  return [...byRule].map(([rule, nodes]) => `${rule}: ${nodes.map((node) => node.target).join(', ')}`);
}

/** Runs axe-core on the page as it is now and returns each failing element as a problem on `pagePath`. */
export async function axeProblems(page: Page, pagePath: string, condition = ''): Promise<Problem[]> {
  return (await runAxe(page)).map((finding) => ({
    page: pagePath,
    rule: `${finding.rule} (${finding.impact})`,
    message: finding.summary ? `${finding.help}: ${finding.summary}` : finding.help,
    condition,
    selector: finding.target,
    snippet: finding.html,
  }));
}
