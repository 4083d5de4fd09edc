// Apart from the commit request's schema (container-tools.ts): the commit dialog lists these, and
// it is in the renderer's first chunk, which loads no zod.

/** The Dockerfile instructions `docker commit --change` accepts (builder/dockerfile validCommitCommands). */
export const COMMIT_INSTRUCTIONS = [
  'CMD',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'HEALTHCHECK',
  'LABEL',
  'ONBUILD',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;
