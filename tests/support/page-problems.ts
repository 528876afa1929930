import type { BrowserContext } from 'playwright-core';

/**
 * Watches every page of a browser context for what must never happen on the
 * site, and lists each occurrence as one line that says what and where:
 * Content-Security-Policy violations (from the `securitypolicyviolation`
 * event, which an init script forwards), console errors and warnings,
 * uncaught errors, failed requests, responses of 400 and above, and requests
 * to any origin but `origin`. Empty the returned list to start over.
 */
export async function watchForProblems(context: BrowserContext, origin: string): Promise<string[]> {
  const problems: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, line: string) => problems.push(line));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __reportCspViolation(line: string): void }).__reportCspViolation;
        void report(
          `CSP-överträdelse på ${location.pathname}: ${event.effectiveDirective} stoppade ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        );
      },
      true,
    );
  });
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`konsolen (${message.type()}) på ${new URL(message.page()?.url() ?? origin).pathname}: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`fel i skript: ${error.error().message}`));
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`anrop till annan adress: ${request.url()}`);
  });
  context.on('requestfailed', (request) => problems.push(`misslyckat anrop: ${request.url()} (${request.failure()?.errorText})`));
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`svar ${response.status()}: ${response.url()}`);
  });
  return problems;
}
