/** Channels for compose projects (issue 6). */
export const composeInvokes = {} as const;

export const composeEvents = {} as const;

export const composeStreams = {} as const;
