/** The colour schemes the site offers (`src/styles/tokens.css`), as `prefers-color-scheme` values. */
export const COLOUR_SCHEMES = ['light', 'dark'] as const;

/** The widths the browser tests use: a desktop, and the smallest phone WCAG 1.4.10 asks pages to fit. */
export const WIDTHS = [1280, 320] as const;
