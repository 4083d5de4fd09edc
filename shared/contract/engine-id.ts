/**
 * What an engine id looks like: "default" (DOCKER_HOST or the default socket), "ctx:<context name>",
 * "podman:<slug of its socket>". Plain, without zod: the renderer tells keys apart with it on every
 * row, and its first screen should not build the contract's schemas to do so.
 */
export const ENGINE_ID_PATTERN = /^(?:default|ctx:[a-zA-Z0-9][a-zA-Z0-9_.+-]+|podman:[a-z0-9-]+)$/;
export const ENGINE_ID_MAX = 200;

export const isEngineId = (value: string): boolean =>
  value.length <= ENGINE_ID_MAX && ENGINE_ID_PATTERN.test(value);
