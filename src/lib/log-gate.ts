/**
 * Keeps Astro's English errors about the content out of the terminal while
 * `npm run dev` shows the content checker's Swedish report of the same
 * mistakes. Astro's errors are held while a check runs and dropped if it finds
 * problems; if it finds none (the checker missed something Astro caught), they
 * are written after all, so no error is ever lost unreported.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';

/**
 * @example
 * const gate = new LogGate(logger.options.destination, logger.label, false);
 * logger.options.destination = gate;
 * gate.hold(); // a content file was saved
 * gate.settle(problems.length > 0); // the check is done
 */
export class LogGate implements AstroLoggerDestination {
  #destination: AstroLoggerDestination;
  #ownLabel: string;
  #state: 'open' | 'holding' | 'closed';
  #held: AstroLoggerMessage[] = [];

  /**
   * @param destination where Astro writes its log
   * @param ownLabel the checker's label: its messages always pass
   * @param closed whether the content has problems to begin with
   */
  constructor(destination: AstroLoggerDestination, ownLabel: string, closed: boolean) {
    this.#destination = destination;
    this.#ownLabel = ownLabel;
    this.#state = closed ? 'closed' : 'open';
  }

  write(message: AstroLoggerMessage): void {
    if (message.level !== 'error' || message.label === this.#ownLabel || this.#state === 'open') this.#destination.write(message);
    else if (this.#state === 'holding') this.#held.push(message);
  }

  /** A check is under way: holds other errors until `settle`. */
  hold(): void {
    this.#state = 'holding';
  }

  /** The check is done: with problems, drops the held errors and those to come; without, writes them. */
  settle(hasProblems: boolean): void {
    this.#state = hasProblems ? 'closed' : 'open';
    const held = this.#held;
    this.#held = [];
    if (!hasProblems) for (const message of held) this.#destination.write(message);
  }

  flush(): Promise<void> | void {
    return this.#destination.flush?.();
  }

  close(): Promise<void> | void {
    return this.#destination.close?.();
  }
}
