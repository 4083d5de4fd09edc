/** Foreground colours for service prefixes; red is left out, it marks stderr. */
export const SERVICE_COLOURS = [
  '\x1b[36m', // cyan
  '\x1b[32m', // green
  '\x1b[33m', // yellow
  '\x1b[34m', // blue
  '\x1b[35m', // magenta
  '\x1b[96m', // bright cyan
  '\x1b[92m', // bright green
  '\x1b[93m', // bright yellow
  '\x1b[94m', // bright blue
  '\x1b[95m', // bright magenta
] as const;

const DEFAULT_FG = '\x1b[39m';

/**
 * Each label keeps the colour it was first given; new labels take the next colour, so the
 * first ten services of a project never share one.
 */
export const createColourAssigner = (): ((label: string) => string) => {
  const assigned = new Map<string, string>();
  return (label) => {
    let colour = assigned.get(label);
    if (colour === undefined) {
      colour = SERVICE_COLOURS[assigned.size % SERVICE_COLOURS.length] ?? DEFAULT_FG;
      assigned.set(label, colour);
    }
    return colour;
  };
};

/** `web    | ` in the service's colour, padded to the longest label of the project. */
export const linePrefix = (label: string, width: number, colour: string): string =>
  `${colour}${label.padEnd(width)} |${DEFAULT_FG} `;
