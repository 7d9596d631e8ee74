// Media types in Content-Type and Accept headers (RFC 9110 sections 8.3 and 12.5.1).

/** "Application/JSON; charset=utf-8" -> "application/json". */
export function mediaTypeEssence(value: string): string {
  const semicolon = value.indexOf(";");
  return (semicolon < 0 ? value : value.slice(0, semicolon)).trim().toLowerCase();
}

/**
 * Whether an Accept header admits the media type a response will carry. A missing or empty
 * Accept admits everything; ranges may use "*\/*" and "type/*"; a range with q=0 refuses.
 */
export function acceptAdmits(accept: string | undefined, mediaType: string): boolean {
  if (accept === undefined || accept.trim() === "") return true;
  const produced = mediaTypeEssence(mediaType);
  const slash = produced.indexOf("/");
  const type = produced.slice(0, slash);
  for (const range of accept.split(",")) {
    const params = range.split(";");
    const essence = params[0]!.trim().toLowerCase();
    if (params.slice(1).some((p) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/i.test(p))) continue;
    if (essence === "*/*" || essence === produced || essence === `${type}/*`) return true;
  }
  return false;
}
