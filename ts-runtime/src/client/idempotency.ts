// Default generator for @idempotencyToken members the caller left unset.

/**
 * A random RFC 4122 version-4 UUID. Uses crypto.getRandomValues, which (unlike
 * crypto.randomUUID) is also available outside secure browser contexts.
 */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  let hex = "";
  for (let i = 0; i < 16; i++) {
    hex += (bytes[i]! + 0x100).toString(16).slice(1);
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += "-";
  }
  return hex;
}
