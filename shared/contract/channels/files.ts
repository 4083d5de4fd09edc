/** Channels for a container's filesystem through the archive API (issue 6). */
export const filesInvokes = {} as const;

export const filesEvents = {} as const;

export const filesStreams = {} as const;
