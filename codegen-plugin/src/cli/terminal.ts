// Terminal presentation for every command: colour for diagnostics and a progress display, both
// only when stderr is a terminal, so logs, pipes and CI output stay plain text byte for byte.
// NO_COLOR (any non-empty value, https://no-color.org) turns colour off on a terminal too.
import type { CliIo } from "./io.js";

const RESET = "\x1b[0m";
const STYLES = { red: "\x1b[31m", yellow: "\x1b[33m", green: "\x1b[32m", dim: "\x1b[2m", bold: "\x1b[1m" } as const;
export type Style = keyof typeof STYLES;

/** Erases the current terminal line (after a carriage return). */
const CLEAR_LINE = "\r\x1b[K";

export function colourEnabled(io: Pick<CliIo, "isTty" | "env">): boolean {
  const noColour = io.env["NO_COLOR"];
  return io.isTty && (noColour === undefined || noColour === "");
}

export function paint(text: string, style: Style, enabled: boolean): string {
  return enabled ? `${STYLES[style]}${text}${RESET}` : text;
}

const MARKER_STYLES: Readonly<Record<string, Style>> = {
  "error:": "red",
  "[ERROR]": "red",
  "[DANGER]": "red",
  FAILED: "red",
  "warning:": "yellow",
  "[WARNING]": "yellow",
  built: "green",
};
const MARKER = /^(error:|\[ERROR\]|\[DANGER\]|FAILED|warning:|\[WARNING\]|built)(?= )/gm;

/**
 * Colours the leading marker of each diagnostic line: `error:`, `[ERROR]`, `[DANGER]` and
 * `FAILED` red, `warning:` and `[WARNING]` yellow, a build's `built` summary green. Other text
 * is unchanged.
 */
export function paintDiagnostics(text: string, enabled: boolean): string {
  if (!enabled) return text;
  return text.replace(MARKER, (marker) => paint(marker, MARKER_STYLES[marker]!, true));
}

/** Wraps the io so that everything written to stderr gets coloured diagnostics (when enabled). */
export function withColouredStderr(io: CliIo): CliIo {
  if (!colourEnabled(io)) return io;
  return { ...io, stderr: (text) => io.stderr(paintDiagnostics(text, true)) };
}

/**
 * Progress of a long-running command on a terminal: a status line rewritten in place, and
 * lines that stay. Without a terminal it writes nothing: logs get the commands' own summaries.
 */
export class Progress {
  readonly #io: CliIo;
  readonly #live: boolean;
  readonly #colour: boolean;
  #status = false;

  constructor(io: CliIo) {
    this.#io = io;
    this.#live = io.isTty;
    this.#colour = colourEnabled(io);
  }

  /** Shows `text` as the status line, replacing the previous one. */
  status(text: string): void {
    if (!this.#live) return;
    this.#io.stderr(`${CLEAR_LINE}${paint(text, "dim", this.#colour)}`);
    this.#status = true;
  }

  /** Writes a line that stays (above the status line, which must be redrawn by the caller). */
  line(text: string): void {
    if (!this.#live) return;
    this.clear();
    this.#io.stderr(`${paint(text, "dim", this.#colour)}\n`);
  }

  /** Removes the status line, before other output is written. */
  clear(): void {
    if (!this.#status) return;
    this.#io.stderr(CLEAR_LINE);
    this.#status = false;
  }
}

/** "1.2 s" or "340 ms": durations the way progress lines show them. */
export function formatMillis(millis: number): string {
  return millis >= 1000 ? `${(millis / 1000).toFixed(1)} s` : `${Math.round(millis)} ms`;
}

/**
 * The known word closest to `input` by edit distance, if it is close enough to be a likely
 * typo (at most 2 edits, and fewer than half the word), for "did you mean" hints.
 */
export function closestWord(input: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const word of known) {
    const d = editDistance(input.toLowerCase(), word.toLowerCase());
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= 2 && bestDistance * 2 < best.length ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
