/** Channels for long-running operations (pull, push, build, save, load, prune, compose). */
export const tasksInvokes = {} as const;

export const tasksEvents = {} as const;

export const tasksStreams = {} as const;
