/**
 * The protocol's size limits and how a message is measured against them. Kept apart from
 * messages.ts (its zod schema of client messages) so the renderer's client, which only measures,
 * loads no zod at start-up.
 */

/**
 * Upper bound for one encoded client message on any transport. The client refuses to send more
 * (a typed VALIDATION error, the link stays up), the backend answers more with the same error
 * for the request's id, and forms that could reach it validate against FORM_MAX_BYTES.
 */
export const MAX_CLIENT_MESSAGE_BYTES = 256 * 1024;

/**
 * What the WebSocket itself accepts before it closes the connection: well above the app limit,
 * so an oversize message can still be read for its id and answered instead of dropping every
 * stream of the page.
 */
export const HARD_CLIENT_MESSAGE_BYTES = 4 * 1024 * 1024;

/** Room left in a message for its envelope (`t`, `id`, `channel`, a container ref) around a payload. */
export const ENVELOPE_ALLOWANCE_BYTES = 4 * 1024;

/** The largest payload (encoded as JSON) that still fits in one client message. */
export const MAX_PAYLOAD_BYTES = MAX_CLIENT_MESSAGE_BYTES - ENVELOPE_ALLOWANCE_BYTES;

/** UTF-8 length of a string (lone surrogates count as the 3 bytes of U+FFFD, as encoders write them). */
export const utf8Bytes = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
};

/** Bytes of `value` as JSON in UTF-8, as it crosses the WebSocket. */
export const encodedBytes = (value: unknown): number => {
  // undefined (and functions) encode to nothing, whatever the declared type says.
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? 0 : utf8Bytes(text);
};

/** "300 KB", "1.5 MB": sizes in limit messages. */
export const formatKiB = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const tooLargeMessage = (bytes: number): string =>
  `This request is too large to send (${formatKiB(bytes)}; at most ${formatKiB(MAX_CLIENT_MESSAGE_BYTES)}).`;
