// The I/O a command may use. The real process provides it in main.ts; tests pass fakes,
// so every command can be exercised in-process.

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of stdin as UTF-8 text. */
  readonly readStdin: () => Promise<string>;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal (colour and progress only then). */
  readonly isTty: boolean;
}

/** Thrown for bad usage (unknown option, missing argument): exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const EXIT_OK = 0;
export const EXIT_MODEL_ERRORS = 1;
export const EXIT_USAGE = 2;
