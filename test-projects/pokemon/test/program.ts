// Runs the example server program as a child process, the way a user does, and waits for it to
// say where it listens.
import { spawn, type ChildProcess } from "node:child_process";
import { repoRoot, serverProgram } from "./paths.js";

export interface RunningProgram {
  readonly child: ChildProcess;
  readonly port: number;
  /** Everything the program wrote to stdout so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const LISTENING = /listening on http:\/\/localhost:(\d+)/;

export interface StartOptions {
  readonly env?: Record<string, string>;
  /** Start through `npm start -w test-projects/pokemon` (in its own process group) instead of `node dist/main.mjs`. */
  readonly viaNpm?: boolean;
}

export function startProgram(options: StartOptions = {}): Promise<RunningProgram> {
  const env = { ...process.env, PORT: "0", ...options.env };
  const child = options.viaNpm
    ? spawn("npm", ["start", "-w", "test-projects/pokemon"], { cwd: repoRoot, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
    : spawn(process.execPath, [serverProgram], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => void (out += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => void (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    let started = false;
    const timer = setTimeout(() => fail("did not report its port within 30 s"), 30_000);
    function fail(why: string): void {
      if (started) return;
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`the server program ${why}\nstdout:\n${out}\nstderr:\n${err}`));
    }
    child.stdout!.on("data", () => {
      const match = LISTENING.exec(out);
      if (match === null || started) return;
      started = true;
      clearTimeout(timer);
      resolve({ child, port: Number(match[1]), stdout: () => out, stderr: () => err, exited });
    });
    void exited.then(({ code, signal }) => fail(`exited early (code ${code}, signal ${signal})`));
  });
}

/** Runs the program to completion (for invocations that must fail at start-up). */
export function runProgramToExit(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [serverProgram], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => void (err += d));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stderr: err })));
}
