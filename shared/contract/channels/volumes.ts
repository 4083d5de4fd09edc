/** Channels for volumes (issue 6). */
export const volumesInvokes = {} as const;

export const volumesEvents = {} as const;

export const volumesStreams = {} as const;
