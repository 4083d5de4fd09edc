/** Channels for creating, editing and cloning containers (issue 4). */
export const runInvokes = {} as const;

export const runEvents = {} as const;

export const runStreams = {} as const;
