/** Channels for building images, and saving/loading them as tar files (issue 5). */
export const buildInvokes = {} as const;

export const buildEvents = {} as const;

export const buildStreams = {} as const;
