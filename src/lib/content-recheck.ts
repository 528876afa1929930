/**
 * Checks the content again while `npm run dev` runs: once for each burst of
 * saves, so that saving ten files at once (or a branch switch) costs one
 * check, and a request can wait for that check instead of rendering content
 * the checker has not read yet.
 */
import type { ContentProblem } from './content-check/index.ts';

export interface ContentRecheckOptions {
  /** Reads and checks the content; returns every problem found. */
  check: () => readonly ContentProblem[];
  /** Called after each check with what it found and what the check before it found. */
  onChecked: (problems: readonly ContentProblem[], previous: readonly ContentProblem[]) => void;
  /** Called instead when a check throws, e.g. because a file vanished while it was read, with the problems that stand. */
  onFailed: (error: unknown, problems: readonly ContentProblem[]) => void;
  /** The problems known when the server started. */
  problems: readonly ContentProblem[];
  /** Quiet time after the last change before the check runs; the files of one save-all or branch switch come within it. Default: 50 ms. */
  delay?: number;
}

/**
 * @example
 * const recheck = new ContentRecheck({ check: () => checkContent(root).problems, onChecked, onFailed, problems: [] });
 * watcher.on('all', () => recheck.changed());
 * const problems = await recheck.settled(); // in a request: the problems after the latest save
 */
export class ContentRecheck {
  #options: ContentRecheckOptions;
  #problems: readonly ContentProblem[];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: PromiseWithResolvers<readonly ContentProblem[]> | undefined;

  constructor(options: ContentRecheckOptions) {
    this.#options = options;
    this.#problems = options.problems;
  }

  /** Whether a change is waiting to be checked. */
  get pending(): boolean {
    return this.#pending !== undefined;
  }

  /** A content file was saved, added or removed: checks once no further change has come for `delay` ms. */
  changed(): void {
    this.#pending ??= Promise.withResolvers();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run(), this.#options.delay ?? 50);
  }

  /** The problems once every change so far has been checked. */
  settled(): Promise<readonly ContentProblem[]> {
    return this.#pending?.promise ?? Promise.resolve(this.#problems);
  }

  #run(): void {
    const pending = this.#pending!;
    this.#pending = undefined;
    const previous = this.#problems;
    try {
      this.#problems = this.#options.check();
    } catch (error) {
      pending.resolve(previous);
      this.#options.onFailed(error, previous);
      return;
    }
    pending.resolve(this.#problems);
    this.#options.onChecked(this.#problems, previous);
  }
}
