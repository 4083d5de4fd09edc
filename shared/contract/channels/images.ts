/** Channels for images and registries (issue 5). */
export const imagesInvokes = {} as const;

export const imagesEvents = {} as const;

export const imagesStreams = {} as const;
