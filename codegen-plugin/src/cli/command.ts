import type { CliIo } from "./io.js";

/** A sub-command of `smithy-ts`. Each lives in its own module under commands/ and is loaded lazily. */
export interface Command {
  /** One line for `smithy-ts --help`. */
  readonly summary: string;
  /** Full help text for `smithy-ts <command> --help`. */
  readonly help: string;
  /** Runs the command; resolves to the process exit code. Throw UsageError for bad usage. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
