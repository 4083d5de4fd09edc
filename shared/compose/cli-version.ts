/**
 * The version a compose CLI prints for `version --short`: "2.29.1" (v2; some builds print
 * "v2.29.1") or "1.29.2" (v1). Anything else (a usage message from a docker CLI that has no
 * compose plugin, an empty line) is null: that command is not a compose CLI.
 */
export const parseComposeVersion = (output: string): string | null => {
  const line = output.trim().split(/\r?\n/)[0]?.trim() ?? '';
  const match = /^v?(\d{1,4}\.\d{1,4}(?:\.\d{1,6})?(?:[-+][0-9A-Za-z.-]{1,64})?)$/.exec(line);
  return match?.[1] ?? null;
};

/** The major version decides the flavour; v1 printed 1.x, v2 prints 2.x (and later majors). */
export const composeFlavour = (version: string): 'v1' | 'v2' => (version.startsWith('1.') ? 'v1' : 'v2');
