/** Channels for networks (issue 6). */
export const networksInvokes = {} as const;

export const networksEvents = {} as const;

export const networksStreams = {} as const;
