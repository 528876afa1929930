import { inject } from 'vitest';

/**
 * The address of a path in the test build, whatever base it is served under.
 * @example at('/insatser/') // 'http://127.0.0.1:41234/insatser/'
 */
export function at(path: string): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}
