/** Channels for the system view: info, disk usage, prune (issue 6). */
export const systemInvokes = {} as const;

export const systemEvents = {} as const;

export const systemStreams = {} as const;
