// Errors the build host reports to the user. Each one is a single paragraph that names the
// culprit (file, projection, transform, plugin) and, where possible, says how to fix it.

export class BuildError extends Error {
  override readonly name = "BuildError";
}

/** Shorthand for "what went wrong" prefixed with "where": `smithy-build.json: projection "x": ...`. */
export function buildError(where: string, what: string): BuildError {
  return new BuildError(where === "" ? what : `${where}: ${what}`);
}
